using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using ConventionBot.Dialogs.Input;

namespace ConventionBot.Staff;

/// <summary>
/// Posts to the staff channel named by <c>ConventionBot:Staff:Channel</c> — a Teams channel id (19:…@thread.tacv2)
/// or an installation key (msteams/…) — through the conversation the bot was installed in there. A failure is
/// logged and reported, never thrown: the delegate's input is stored already.
/// </summary>
public sealed class StaffChannelNotifier(
    IConfiguration configuration, SqliteInstallationStore installations, ConnectorClient connector, ILogger<StaffChannelNotifier> logger)
    : IStaffNotifier
{
    public const string ChannelKey = "ConventionBot:Staff:Channel";

    public async Task<bool> NotifyAsync(string summary, Attachment card, CancellationToken cancellationToken)
    {
        if (configuration[ChannelKey] is not { Length: > 0 } channel)
            return false;
        var installation = (await installations.ListAsync(cancellationToken))
            .FirstOrDefault(i => i.TeamsChannelId == channel || i.Key == channel || i.Reference.Conversation?.Id == channel);
        if (installation?.Reference is not { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId } reference)
        {
            logger.LogWarning("The staff channel {Channel} is not among the conversations the bot is installed in", channel);
            return false;
        }
        try
        {
            var message = new Activity
            {
                Type = ActivityTypes.Message,
                From = reference.Bot,
                Conversation = reference.Conversation,
                Summary = summary,
                Attachments = [card],
            };
            await connector.SendToConversationAsync(serviceUrl, conversationId, message, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            logger.LogWarning(e, "The staff channel {Channel} could not be told", channel);
            return false;
        }
    }
}
