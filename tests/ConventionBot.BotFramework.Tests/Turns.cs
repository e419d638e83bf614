using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests;

/// <summary>Turns for middleware and state tests: replies buffered (expectReplies), so no connector is called.</summary>
public static class Turns
{
    private sealed class NoToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    public static TurnContext Message(string id, string text = "hi", string conversation = "conv-1", string user = "user-1") => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            Text = text,
            ChannelId = "msteams",
            DeliveryMode = DeliveryModes.ExpectReplies,
            ServiceUrl = "http://127.0.0.1:9/",
            Conversation = new ConversationAccount { Id = conversation },
            From = new ChannelAccount { Id = user },
            Recipient = new ChannelAccount { Id = "bot" },
        },
        new ConnectorClient(new HttpClient(), new NoToken(), new TrustedServiceUrls()));
}
