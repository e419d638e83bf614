using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;

namespace ConventionBot.Bot;

/// <summary>
/// Registration and input ask for personal details, which do not belong in a channel: a dialog asked for there
/// begins in a personal chat with the delegate (<c>POST v3/conversations</c>, the delegate as the one member), and
/// the channel is told where to look.
/// </summary>
public sealed class PersonalChat(ConnectorClient connector, DialogRunner dialogs, ConversationState conversations)
{
    public const string MovedToPersonalChat = "I have sent you a personal message to go on there.";

    public static bool IsShared(Activity activity) => activity.Conversation?.ConversationType is "channel" or "groupChat";

    public async Task BeginAsync(ITurnContext turn, string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenant = activity.GetTeamsChannelData()?.Tenant?.Id ?? activity.Conversation?.TenantId;
        var created = await connector.CreateConversationAsync(activity.ServiceUrl!, new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [activity.From!],
            TenantId = tenant,
            ChannelData = tenant is null ? null : BotJson.ToElement(new { tenant = new { id = tenant } }),
        }, cancellationToken) ?? throw new ConnectorException(null, "the channel created no personal conversation");
        // A turn of the new conversation, with no activity to reply to: what the dialog says is sent into it.
        var personal = new TurnContext(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            From = activity.From,
            Recipient = activity.Recipient,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenant },
            Locale = activity.Locale,
        }, connector);
        await dialogs.RunAsync(personal, dc => dc.BeginDialogAsync(dialogId, options, cancellationToken), cancellationToken);
        await conversations.SaveChangesAsync(personal, cancellationToken);
        await turn.SendActivityAsync(activity.CreateReply(MovedToPersonalChat), cancellationToken);
    }
}
