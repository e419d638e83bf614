using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Dialogs.Input;

/// <summary>Tells the secretariat's staff channel (<c>ConventionBot:Staff:Channel</c>) that something arrived.</summary>
public interface IStaffNotifier
{
    /// <returns>False when no staff channel is configured or it cannot be reached; the delegate's record is kept either way.</returns>
    Task<bool> NotifyAsync(string summary, Attachment card, CancellationToken cancellationToken);
}
