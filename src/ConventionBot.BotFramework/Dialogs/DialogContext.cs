using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>
/// The dialog stack of one conversation during one turn, with the SDK's operations: begin a dialog (it goes on top),
/// continue the active one, end it (its parent resumes with the result), replace it, cancel them all.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = context;

    public DialogState State { get; } = state;

    /// <summary>The context of the component this stack belongs to, if any: where a dialog not found here is looked up.</summary>
    public DialogContext? Parent { get; } = parent;

    public IList<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"no dialog '{dialogId}' in this set or its parents");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt: the same as <see cref="BeginDialogAsync"/>, named for what it does.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, JsonNode options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
            return new DialogTurnResult(DialogTurnStatus.Empty);
        return await DialogOf(active).ContinueDialogAsync(this, cancellationToken);
    }

    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } ended)
        {
            await DialogOf(ended).EndDialogAsync(this, ended, DialogReason.EndCalled, cancellationToken);
            Stack.RemoveAt(0);
        }
        if (ActiveDialog is { } parentDialog)
            return await DialogOf(parentDialog).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } replaced)
        {
            await DialogOf(replaced).EndDialogAsync(this, replaced, DialogReason.ReplaceCalled, cancellationToken);
            Stack.RemoveAt(0);
        }
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
            return new DialogTurnResult(DialogTurnStatus.Empty);
        while (ActiveDialog is { } active)
        {
            await DialogOf(active).EndDialogAsync(this, active, DialogReason.CancelCalled, cancellationToken);
            Stack.RemoveAt(0);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
            await DialogOf(active).RepromptDialogAsync(this, active, cancellationToken);
    }

    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    private Dialog DialogOf(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"the stack holds '{instance.Id}', which no dialog set knows (was it renamed?)");
}
