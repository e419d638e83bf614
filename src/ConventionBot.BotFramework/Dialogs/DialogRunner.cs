using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>
/// Runs the dialogs of a conversation for one turn, as the SDK's <c>Dialog.RunAsync</c> and DialogManager do: loads
/// the stack from conversation state, lets the caller continue or begin a dialog, and puts the stack back so that
/// the state middleware saves it with the turn.
/// </summary>
public sealed class DialogRunner(DialogSet dialogs, ConversationState state)
{
    private const string Property = "DialogState";

    public async Task<T> RunAsync<T>(ITurnContext turn, Func<DialogContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var dc = await dialogs.CreateContextAsync(turn, state, Property, cancellationToken);
        var hadDialogs = dc.Stack.Count > 0;
        // A turn that throws leaves the stack as it was: the error handler resets the conversation instead.
        var result = await work(dc);
        // An empty stack is not written: a question turn outside any dialog costs a read, never a write.
        if (dc.Stack.Count > 0)
            await state.SetAsync(turn, Property, dc.State, cancellationToken);
        else if (hadDialogs)
            await state.RemoveAsync(turn, Property, cancellationToken);
        return result;
    }

    /// <summary>Continues the active dialog with this turn's activity; begins <paramref name="dialogId"/> when none is active.</summary>
    public Task<DialogTurnResult> ContinueOrBeginAsync(ITurnContext turn, string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        RunAsync(turn, async dc =>
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            return result.Status == DialogTurnStatus.Empty ? await dc.BeginDialogAsync(dialogId, options, cancellationToken) : result;
        }, cancellationToken);
}
