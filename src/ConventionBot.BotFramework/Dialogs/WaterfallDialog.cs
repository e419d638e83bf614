using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// Steps run in order; a step that prompts waits for the answer, which the next step receives as its
/// <see cref="WaterfallStepContext.Result"/>. The step reached is kept in the dialog's state, not in memory.
/// </summary>
public sealed class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndex = "stepIndex";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state["options"] = options?.DeepClone();
        state["values"] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message while no prompt is on top (a step that sent something and waits): the next step gets its text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text is { } text ? JsonValue.Create(text) : null, cancellationToken)
            : Task.FromResult(DialogTurnResult.EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, (dc.ActiveDialog!.State[StepIndex]?.GetValue<int>() ?? -1) + 1, reason, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
            return await dc.EndDialogAsync(result?.DeepClone(), cancellationToken);
        dc.ActiveDialog!.State[StepIndex] = index;
        return await steps[index](new WaterfallStepContext(this, dc, index, result?.DeepClone(), reason), cancellationToken);
    }
}
