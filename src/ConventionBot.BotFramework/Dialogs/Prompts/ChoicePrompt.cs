using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// One of <see cref="PromptOptions.Choices"/>: typed in full or in part ("june" for "2027 Intersessional Meetings
/// (June)"), by its number, or pressed — a button's <c>{"choice": …}</c> value, or its imBack text. Without a card in
/// the prompt, the choices go out as suggested actions. The result is the choice as written in the options.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator? validator = null) : Prompt(id, validator)
{
    protected override Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken)
    {
        var question = Question(turn, options, isRetry, problem);
        if (question.Attachments is not { Count: > 0 } && question.SuggestedActions is null)
            question.SuggestedActions = ImBack(options.Choices ?? []);
        return turn.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var answer = Pressed(turn.Activity) ?? turn.Activity.Text?.Trim() ?? "";
        return Task.FromResult(Find(choices, answer) is { } found
            ? new Recognized(true, JsonValue.Create(found))
            : Recognized.Failed($"Please pick one of: {string.Join("; ", choices)}."));
    }

    public static string? Find(IReadOnlyList<string> choices, string answer)
    {
        if (answer.Length == 0)
            return null;
        var exact = choices.FirstOrDefault(c => string.Equals(c, answer, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
            return exact;
        if (int.TryParse(answer.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
            return choices[number - 1];
        var partial = choices.Where(c => c.Contains(answer, StringComparison.OrdinalIgnoreCase)).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }

    private static string? Pressed(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("choice", out var choice) && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;
}
