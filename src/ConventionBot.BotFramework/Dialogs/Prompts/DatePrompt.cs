using System.Globalization;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>A calendar date, written as diplomats and computers write them; the result is ISO <c>yyyy-MM-dd</c>.</summary>
public sealed class DatePrompt(string id, PromptValidator? validator = null) : Prompt(id, validator)
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "dd/MM/yyyy", "d/M/yyyy"];

    protected override Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(Question(turn, options, isRetry, problem), cancellationToken);

    protected override Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim() ?? "";
        return Task.FromResult(DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? new Recognized(true, JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : Recognized.Failed("Please give a date such as 16 June 2027."));
    }
}
