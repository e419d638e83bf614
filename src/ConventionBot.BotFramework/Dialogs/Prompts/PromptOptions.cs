using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What a prompt asks with: the activity to send, the one to send after an answer it cannot use, the choices of a
/// choice prompt, and the data of a card form. Kept in the prompt's state as JSON, so a restarted host re-asks alike.
/// </summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    public Activity? RetryPrompt { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    public JsonObject? Form { get; init; }

    public JsonNode ToJson() => System.Text.Json.JsonSerializer.SerializeToNode(this, BotJson.Options)!;

    public static PromptOptions From(JsonNode? node) =>
        node is null ? new PromptOptions() : System.Text.Json.JsonSerializer.Deserialize<PromptOptions>(node, BotJson.Options)!;
}

/// <summary>What a validator sees: the answer's activity, the recognized value, if any, and how many tries came before.</summary>
public sealed record PromptValidatorContext(Activity Activity, bool Recognized, JsonNode? Value, int Attempts);

/// <summary>Extra checks on a recognized answer; false asks again with the retry prompt.</summary>
public delegate Task<bool> PromptValidator(PromptValidatorContext prompt, CancellationToken cancellationToken);
