using System.Net;
using ConventionBot.BotFramework.Auth;
using ConventionBot.Testing;

namespace ConventionBot.Tests.Hosting;

/// <summary>With an app id configured, the host accepts only Bot Framework tokens and sends its own token back.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly TestOpenIdIssuer _issuer = new("msteams");
    private readonly ConnectorSink _connector = new();
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new BotHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-the-fixed-token-provider",
            ["BotFramework:ChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _issuer.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string Token(string serviceUrl) =>
        _issuer.CreateToken(new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, AuthenticationConstants.ChannelIssuer, AppId);

    [Fact]
    public async Task No_token_is_401_and_nothing_is_sent()
    {
        var response = await _host.PostAsync(TeamsActivities.Message("help", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(TeamsActivities.Message("help", _connector.ServiceUrl), Token("https://elsewhere.example.com/"))).StatusCode);

    [Fact]
    public async Task A_valid_channel_token_is_answered_through_the_connector_with_the_bots_token()
    {
        var response = await _host.PostAsync(TeamsActivities.Message("help", _connector.ServiceUrl), Token(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("Bearer outbound-token", call.Authorization);
    }
}
