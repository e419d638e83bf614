using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>Any text that is not empty (and not longer than <paramref name="maxLength"/>).</summary>
public sealed class TextPrompt(string id, PromptValidator? validator = null, int maxLength = 4000) : Prompt(id, validator)
{
    protected override Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Question(turn, options, isRetry, problem), cancellationToken);

    protected override Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim();
        return Task.FromResult(text switch
        {
            null or "" => Recognized.Failed("Please type your answer."),
            { Length: var n } when n > maxLength => Recognized.Failed($"That is {n} characters; {maxLength} at most, please."),
            _ => new Recognized(true, JsonValue.Create(text)),
        });
    }
}
