using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>The verdict on a submitted form: the errors by field id (none = usable), and the value to end with.</summary>
public sealed record FormCheck(IReadOnlyDictionary<string, string> Errors, JsonNode? Value)
{
    public static FormCheck Valid(JsonNode? value) => new(new Dictionary<string, string>(), value);
}

/// <summary>Checks what a form sent against the form it was sent from (<see cref="PromptOptions.Form"/>).</summary>
public delegate Task<FormCheck> FormValidator(JsonObject submitted, JsonObject form, CancellationToken cancellationToken);

/// <summary>
/// Sends an Adaptive Card form and waits for its submit — an Action.Submit (a message whose <c>value</c> is the
/// inputs) or an Action.Execute (an <c>adaptiveCard/action</c> invoke carrying them in <c>action.data</c>). The
/// validator checks the inputs; on errors the card is sent again with each error under its field and the delegate's
/// entries kept (the form data gets <c>errors</c> and <c>values</c> for the template to show).
/// </summary>
public sealed class CardFormPrompt(string id, Func<JsonObject, Attachment> render, FormValidator validate) : Prompt(id)
{
    /// <summary>Entries longer than this are not echoed back into the card: a card must stay under 28 KB.</summary>
    private const int MaxEchoedLength = 2000;

    protected override bool IsAnswer(Activity activity) =>
        activity.Type == ActivityTypes.Message || activity is { Type: ActivityTypes.Invoke, Name: "adaptiveCard/action" };

    protected override Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken)
    {
        var form = options.Form?.DeepClone().AsObject() ?? [];
        form["errors"] = state["errors"]?.DeepClone() ?? new JsonObject();
        // The delegate's entries over the form's starting values, so every field the template reads has a value.
        var values = form["values"]?.DeepClone() as JsonObject ?? [];
        foreach (var (field, entry) in state["values"] as JsonObject ?? [])
            values[field] = entry?.DeepClone();
        form["values"] = values;
        var reply = Question(turn, options, isRetry, problem);
        reply.Attachments = [render(form)];
        return turn.SendActivityAsync(reply, cancellationToken);
    }

    protected override async Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        if (Submitted(turn.Activity) is not { } submitted)
            return Recognized.Failed("Please fill in the form and press its button, or type cancel.");
        var check = await validate(submitted, options.Form ?? [], cancellationToken);
        if (check.Errors.Count == 0)
        {
            state.Remove("errors");
            state.Remove("values");
            return new Recognized(true, check.Value);
        }
        state["errors"] = new JsonObject(check.Errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)JsonValue.Create(e.Value))));
        state["values"] = new JsonObject(submitted
            .Where(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length <= MaxEchoedLength)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        return Recognized.Failed(check.Errors.Count == 1 ? "Please correct the field marked on the form." : $"Please correct the {check.Errors.Count} fields marked on the form.");
    }

    /// <summary>The inputs of a submit: a message's value, or an Action.Execute's <c>action.data</c>.</summary>
    public static JsonObject? Submitted(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return null;
        if (activity.Type == ActivityTypes.Invoke)
            return value.TryGetProperty("action", out var action) && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? JsonNode.Parse(data.GetRawText())!.AsObject()
                : null;
        return JsonNode.Parse(value.GetRawText())!.AsObject();
    }
}
