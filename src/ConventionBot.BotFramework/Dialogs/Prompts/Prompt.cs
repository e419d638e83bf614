using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs.Prompts;

/// <summary>The outcome of reading an answer: the value, or why it could not be used (shown on a retry).</summary>
public sealed record Recognized(bool Succeeded, JsonNode? Value = null, string? Problem = null)
{
    public static Recognized Failed(string? problem = null) => new(false, null, problem);
}

/// <summary>
/// Asks, waits, reads the answer, validates it, and asks again until the answer is usable; then ends with the
/// value. Subclasses say how to ask (<see cref="OnPromptAsync"/>) and how to read (<see cref="OnRecognizeAsync"/>).
/// </summary>
public abstract class Prompt(string id, PromptValidator? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone() ?? new JsonObject();
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, state, PromptOptions.From(state[OptionsKey]), isRetry: false, problem: null, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!IsAnswer(dc.Context.Activity))
            return DialogTurnResult.EndOfTurn;
        var state = dc.ActiveDialog!.State;
        var options = PromptOptions.From(state[OptionsKey]);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempts = state[AttemptsKey]?.GetValue<int>() ?? 0;
        var valid = recognized.Succeeded && (validator is null
            || await validator(new PromptValidatorContext(dc.Context.Activity, recognized.Succeeded, recognized.Value, attempts), cancellationToken));
        if (valid)
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        state[AttemptsKey] = attempts + 1;
        await OnPromptAsync(dc.Context, state, PromptOptions.From(state[OptionsKey]), isRetry: true, recognized.Problem, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(dc.Context, instance.State, PromptOptions.From(instance.State[OptionsKey]), isRetry: false, problem: null, cancellationToken);

    /// <summary>Messages answer a prompt; a card form also takes Action.Execute invokes.</summary>
    protected virtual bool IsAnswer(Activity activity) => activity.Type == ActivityTypes.Message;

    protected abstract Task OnPromptAsync(ITurnContext turn, JsonObject state, PromptOptions options, bool isRetry, string? problem, CancellationToken cancellationToken);

    protected abstract Task<Recognized> OnRecognizeAsync(ITurnContext turn, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Buttons under the message that send their title back as the user's answer (imBack).</summary>
    protected static SuggestedActions ImBack(IEnumerable<string> titles) => new()
    {
        Actions = titles.Select(t => new CardAction { Type = "imBack", Title = t, Value = System.Text.Json.JsonSerializer.SerializeToElement(t) }).ToList(),
    };

    /// <summary>The prompt (or, on a retry, the retry prompt — else the prompt with the problem before it) as a reply.</summary>
    protected static Activity Question(ITurnContext turn, PromptOptions options, bool isRetry, string? problem)
    {
        var template = (isRetry ? options.RetryPrompt : null) ?? options.Prompt ?? new Activity { Type = ActivityTypes.Message };
        var reply = turn.Activity.CreateReply(template.Text);
        reply.Attachments = template.Attachments;
        reply.Summary = template.Summary;
        reply.SuggestedActions = template.SuggestedActions;
        if (isRetry && options.RetryPrompt is null && problem is not null)
            reply.Text = string.IsNullOrEmpty(reply.Text) ? problem : $"{problem} {reply.Text}";
        return reply;
    }
}
