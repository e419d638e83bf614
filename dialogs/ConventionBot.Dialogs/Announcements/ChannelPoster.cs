using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;

namespace ConventionBot.Dialogs.Announcements;

/// <summary>
/// Starts a new thread in a Teams channel where the bot is installed: <c>POST v3/conversations</c> on that team's stored
/// serviceUrl, with <c>isGroup</c>, <c>channelData.channel.id</c>, the tenant, and the message as the first activity.
/// </summary>
public sealed class ChannelPoster(ConnectorClient connector)
{
    /// <returns>Null when posted, else why not, in words staff can act on.</returns>
    public async Task<string?> PostAsync(Installation channel, string summary, Attachment card, CancellationToken cancellationToken)
    {
        if (channel.Reference.ServiceUrl is not { } serviceUrl || channel.TeamsChannelId is not { } channelId)
            return "the bot has no address for this channel";
        try
        {
            await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = true,
                Bot = channel.Reference.Bot,
                TenantId = channel.TenantId,
                ChannelData = BotJson.ToElement(new { channel = new { id = channelId }, tenant = new { id = channel.TenantId } }),
                Activity = new Activity { Type = ActivityTypes.Message, Summary = summary, Attachments = [card] },
            }, cancellationToken);
            return null;
        }
        catch (ConnectorException e)
        {
            return e.Status switch
            {
                System.Net.HttpStatusCode.Forbidden => "Teams refused (403): the bot may have been removed from the team",
                System.Net.HttpStatusCode.NotFound => "Teams does not know this channel any more (404)",
                { } status => $"Teams answered {(int)status}",
                null => "Teams could not be reached",
            };
        }
    }
}
