using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// The turn context: replies go to the channel's connector, or, for <c>deliveryMode: expectReplies</c>, into a
/// buffer the adapter returns in the HTTP response. An activity of type invokeResponse is kept for the HTTP answer.
/// </summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector) : ITurnContext
{
    public const string InvokeResponseKey = "BotFramework.InvokeResponse";

    private readonly List<Activity> _buffered = [];

    public Activity Activity { get; } = activity;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public bool Responded { get; private set; }

    public bool ExpectsReplies => Activity.DeliveryMode == DeliveryModes.ExpectReplies;

    public IReadOnlyList<Activity> BufferedReplies => _buffered;

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateReply(text), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        FillAddress(activity);
        if (activity.Type == ActivityTypes.InvokeResponse)
        {
            TurnState[InvokeResponseKey] = activity;
            return null;
        }
        Responded = true;
        if (ExpectsReplies)
        {
            _buffered.Add(activity);
            return new ResourceResponse { Id = activity.Id };
        }
        var serviceUrl = Activity.ServiceUrl ?? throw new InvalidOperationException("the incoming activity has no serviceUrl");
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("the incoming activity has no conversation");
        return activity.ReplyToId is { } replyTo && activity.Type != ActivityTypes.Typing
            ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, activity, cancellationToken)
            : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        FillAddress(activity);
        return connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activity.Id!, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        connector.DeleteActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, cancellationToken);

    private void FillAddress(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient is null ? null : new ChannelAccount { Id = Activity.Recipient.Id, Name = Activity.Recipient.Name };
        activity.Recipient ??= Activity.From is null ? null : new ChannelAccount { Id = Activity.From.Id, Name = Activity.From.Name };
    }
}
