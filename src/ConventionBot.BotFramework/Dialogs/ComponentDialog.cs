using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs, with a stack of its own kept inside its state: a conversation such as registration
/// packs its waterfall and prompts into one dialog the bot begins by id. Override
/// <see cref="OnContinueDialogAsync"/> to handle interruptions ("cancel", "help") before the inner dialog sees a message.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStack = "dialogs";
    private readonly DialogSet _dialogs = new();

    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs"), options, cancellationToken);
        return await AfterInnerTurnAsync(dc, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await AfterInnerTurnAsync(dc, inner, result, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext inner, CancellationToken cancellationToken) =>
        inner.ContinueDialogAsync(cancellationToken);

    public override async Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, instance);
        await inner.RepromptDialogAsync(cancellationToken);
        Save(instance, inner);
    }

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason != DialogReason.CancelCalled)
            return;
        var inner = InnerContext(dc, instance);
        await inner.CancelAllDialogsAsync(cancellationToken);
        Save(instance, inner);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        Save(dc.ActiveDialog!, inner);
        return result.Status == DialogTurnStatus.Waiting ? result : await dc.EndDialogAsync(result.Result, cancellationToken);
    }

    private DialogContext InnerContext(DialogContext outer, DialogInstance instance)
    {
        var state = instance.State[InnerStack]?.Deserialize<DialogState>(BotJson.Options) ?? new DialogState();
        return new DialogContext(_dialogs, outer.Context, state, outer);
    }

    private static void Save(DialogInstance instance, DialogContext inner) =>
        instance.State[InnerStack] = JsonSerializer.SerializeToNode(inner.State, BotJson.Options);
}
