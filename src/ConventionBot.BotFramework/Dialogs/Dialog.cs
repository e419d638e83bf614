using System.Text.Json.Nodes;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>
/// A conversation piece that can span turns, as in the Bot Framework SDK: begun once, continued by each message that
/// arrives while it is on top of the stack, resumed when a dialog it started ends. Its state lives in its
/// <see cref="DialogInstance"/>, never in fields, so that any host process can continue it.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The user answered; by default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A dialog this one began has ended with <paramref name="result"/>; by default this one ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again what the dialog is waiting for (after "help", say).</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The dialog leaves the stack; a component ends its inner dialogs.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
