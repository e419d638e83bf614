using System.Net;
using ConventionBot.Testing;

namespace ConventionBot.Tests.Hosting;

/// <summary>Replies in normal delivery go to the channel's connector; a failing connector does not take the host down.</summary>
public sealed class ConnectorDeliveryTests : IAsyncLifetime
{
    private readonly ConnectorSink _connector = new();
    private readonly BotHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_is_posted_to_the_connector_as_a_reply_to_the_message()
    {
        var message = TeamsActivities.Message("help", _connector.ServiceUrl);

        var response = await _host.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls, c => c.Method == "POST");
        Assert.Equal($"/v3/conversations/a:personal-1/activities/{message.Id}", Uri.UnescapeDataString(call.Path));
        Assert.Null(call.Authorization); // no app id: local development sends no token
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_reply_arrives_once_with_typing_shown_meanwhile()
    {
        _connector.Queue(429, retryAfter: "1");

        await _host.PostAsync(TeamsActivities.Message("help", _connector.ServiceUrl));

        // The first attempt is refused with 429, the second (a second later) accepted.
        Assert.Equal(2, _connector.SentActivities().Count);
        // The turn took over half a second, so the user saw "typing…".
        Assert.NotEmpty(_connector.SentActivities("typing"));
    }

    [Fact]
    public async Task When_the_connector_is_down_the_turn_fails_quietly_and_the_host_keeps_serving()
    {
        var unreachable = TeamsActivities.Message("help", "http://127.0.0.1:9/");

        var failed = await _host.PostAsync(unreachable);
        var next = await _host.AskAsync(TeamsActivities.Message("help"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Single(next);
    }
}
