using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Dialogs;

/// <summary>
/// A guided conversation that "cancel" stops and "help" explains at any step, before the step sees the message —
/// the SDK samples' pattern. Cancelling stores nothing: records are written only on Confirm.
/// </summary>
public abstract class CancelAndHelpDialog(string id) : ComponentDialog(id)
{
    public const string Cancelled = "Cancelled. Nothing was stored. Ask me anything, or start again when you are ready.";

    private static readonly HashSet<string> CancelWords = new(StringComparer.OrdinalIgnoreCase) { "cancel", "stop", "quit", "abort", "never mind", "nevermind" };

    /// <summary>What this conversation does and how to go on, for "help".</summary>
    protected abstract string HelpText { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext inner, CancellationToken cancellationToken)
    {
        var text = inner.Context.Activity.Type == ActivityTypes.Message ? inner.Context.Activity.Text?.Trim().TrimEnd('.', '!') : null;
        if (text is not null && CancelWords.Contains(text))
        {
            await inner.Context.SendActivityAsync(inner.Context.Activity.CreateReply(Cancelled), cancellationToken);
            return await inner.CancelAllDialogsAsync(cancellationToken);
        }
        if (text is not null && (text.Equals("help", StringComparison.OrdinalIgnoreCase) || text == "?"))
        {
            await inner.Context.SendActivityAsync(inner.Context.Activity.CreateReply(HelpText), cancellationToken);
            await inner.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.EndOfTurn;
        }
        return await base.OnContinueDialogAsync(inner, cancellationToken);
    }
}
