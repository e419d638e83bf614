using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Bot;

/// <summary>
/// What a card button sent (an Action.Submit arrives as a message whose <c>value</c> is the button's data):
/// <c>{"question": …}</c> asks a question; <c>{"action": "register" | "showLetter", …}</c> acts; <c>choice</c>,
/// <c>submissionId</c> and <c>form</c> come from dialog cards. Anything else in a
/// value is not trusted: only the fields named here are read, and only as strings.
/// </summary>
public sealed record CardAction(string? Action, string? Question, string? Meeting, string? Letter, string? Choice, string? SubmissionId, string? Form)
{
    public static CardAction? Of(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return null;
        return new CardAction(Text(value, "action"), Text(value, "question"), Text(value, "meeting"), Text(value, "letter"),
            Text(value, "choice"), Text(value, "submissionId"), Text(value, "form"));
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
