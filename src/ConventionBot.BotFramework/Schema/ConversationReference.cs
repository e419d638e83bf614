namespace ConventionBot.BotFramework.Schema;

/// <summary>Enough to reach a conversation again without an incoming activity (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>The body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public System.Text.Json.JsonElement? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Id { get; set; }
}

public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>What an invoke answers in the HTTP response.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public object? Body { get; set; }
}

/// <summary>The HTTP answer to a <c>deliveryMode: expectReplies</c> activity.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
