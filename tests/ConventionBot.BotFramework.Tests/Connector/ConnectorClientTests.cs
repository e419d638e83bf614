using System.Net;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly ConnectorSink _sink = new();
    private ServiceProvider _services = null!;

    /// <summary>Stands in for Azure AD, which cannot run here: a fixed token, as MSAL would hand out.</summary>
    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("outbound-token");
    }

    public Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IBotTokenProvider, FixedToken>();
        services.AddBotFramework(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "app" }).Build());
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sink.DisposeAsync();
    }

    private ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    private static Activity Message => new() { Type = ActivityTypes.Message, Text = "hello" };

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_and_the_message_is_sent_once()
    {
        _services.GetRequiredService<TrustedServiceUrls>().Trust(_sink.ServiceUrl);
        _sink.Queue(429, retryAfter: "1");

        var response = await Client.SendToConversationAsync(_sink.ServiceUrl, "conv-1", Message, CancellationToken.None);

        Assert.NotNull(response?.Id);
        Assert.Equal(2, _sink.Calls.Count);
        Assert.All(_sink.Calls, c => Assert.Equal("Bearer outbound-token", c.Authorization));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        _sink.Queue(status);

        await Client.ReplyToActivityAsync(_sink.ServiceUrl, "conv-1", "act-1", Message, CancellationToken.None);

        Assert.Equal(2, _sink.Calls.Count);
        Assert.EndsWith("/v3/conversations/conv-1/activities/act-1", _sink.Calls.Last().Path);
    }

    [Fact]
    public async Task A_403_is_not_retried_and_is_reported_with_its_status()
    {
        _sink.Queue(403);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(_sink.ServiceUrl, "c", Message, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Single(_sink.Calls);
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        for (var i = 0; i < 10; i++)
            _sink.Queue(503);

        await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(_sink.ServiceUrl, "c", Message, CancellationToken.None));

        Assert.Equal(4, _sink.Calls.Count);
    }

    [Fact]
    public async Task The_token_goes_only_to_a_trusted_service_url()
    {
        await Client.SendToConversationAsync(_sink.ServiceUrl, "c", Message, CancellationToken.None);

        Assert.Null(Assert.Single(_sink.Calls).Authorization);
    }

    [Fact]
    public async Task Creating_a_conversation_in_a_Teams_channel_posts_is_group_the_channel_and_the_tenant()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = "tenant-1",
            Activity = Message,
            ChannelData = BotJson.ToElement(new TeamsChannelData { Channel = new ChannelInfo { Id = "19:general@thread.tacv2" }, Tenant = new TenantInfo { Id = "tenant-1" } }),
        };

        var created = await Client.CreateConversationAsync(_sink.ServiceUrl, parameters, CancellationToken.None);

        Assert.StartsWith("a:new-thread-", created?.Id);
        var body = Assert.Single(_sink.Calls).Body!.Value;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:general@thread.tacv2", body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Update_delete_and_members_use_the_v3_routes()
    {
        await Client.UpdateActivityAsync(_sink.ServiceUrl, "conv 1", "act-1", Message, CancellationToken.None);
        await Client.DeleteActivityAsync(_sink.ServiceUrl, "conv 1", "act-1", CancellationToken.None);
        var members = await Client.GetConversationMembersAsync(_sink.ServiceUrl, "conv 1", CancellationToken.None);

        Assert.Equal(
            ["PUT /v3/conversations/conv 1/activities/act-1", "DELETE /v3/conversations/conv 1/activities/act-1", "GET /v3/conversations/conv 1/members"],
            _sink.Calls.Select(c => $"{c.Method} {Uri.UnescapeDataString(c.Path)}"));
        Assert.Equal("Alex Wilber", Assert.Single(members).Name);
    }

    [Fact]
    public async Task An_unreachable_connector_is_a_connector_exception()
    {
        var closed = "http://127.0.0.1:9/";

        await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(closed, "c", Message, CancellationToken.None));
    }
}
