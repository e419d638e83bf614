using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>
/// What a waterfall step sees: the result of the previous step (a prompt's answer), the dialog's options, and
/// <see cref="Values"/>, which persist from step to step (and across restarts) in the dialog's state.
/// </summary>
public sealed class WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, JsonNode? result, DialogReason reason)
{
    public DialogContext Dialogs { get; } = dc;

    public ITurnContext Context => Dialogs.Context;

    public int Index { get; } = index;

    public JsonNode? Result { get; } = result;

    public DialogReason Reason { get; } = reason;

    public JsonObject Values => (JsonObject)State["values"]!;

    public JsonNode? Options => State["options"];

    private JsonObject State => Dialogs.ActiveDialog!.State;

    /// <summary>Skips to the next step with <paramref name="result"/>, without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result = null, CancellationToken cancellationToken = default) =>
        waterfall.ResumeDialogAsync(Dialogs, DialogReason.NextCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, JsonNode options, CancellationToken cancellationToken = default) =>
        Dialogs.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    /// <summary>Goes back to an earlier step ("Edit" on a review card) by starting this waterfall again from it.</summary>
    public Task<DialogTurnResult> GoToStepAsync(int step, JsonNode? result = null, CancellationToken cancellationToken = default) =>
        waterfall.RunStepAsync(Dialogs, step, DialogReason.ReplaceCalled, result, cancellationToken);
}
