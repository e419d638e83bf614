using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>Yes or no, in the ways people say them; the result is a boolean.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator? validator = null) : Prompt(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "yeah", "yep", "sure", "ok", "okay", "confirm", "oui", "sí", "si" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "nope", "non", "not now" };

    protected override Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken)
    {
        var question = Question(turn, options, isRetry, problem);
        question.SuggestedActions ??= ImBack(["Yes", "No"]);
        return turn.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim().TrimEnd('.', '!') ?? "";
        return Task.FromResult(Yes.Contains(text) ? new Recognized(true, JsonValue.Create(true))
            : No.Contains(text) ? new Recognized(true, JsonValue.Create(false))
            : Recognized.Failed("Please answer yes or no."));
    }
}
