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
        // A turn that throws leaves the stack as it was: the error handler resets the conversation instead.
        var result = await work(dc);
        await state.SetAsync(turn, Property, dc.State, cancellationToken);
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
