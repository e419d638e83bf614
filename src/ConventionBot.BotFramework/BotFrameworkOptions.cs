namespace ConventionBot.BotFramework;

/// <summary>
/// The bot's identity and the Bot Framework's endpoints, under the configuration keys of the SDK's samples
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>).
/// An empty app id is local development: no inbound token is required and no outbound token is sent.
/// The metadata URLs are settings so tests can point them at a local OpenID issuer.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant, SingleTenant or UserAssignedMsi.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string? MicrosoftAppTenantId { get; set; }

    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>How often, at most, metadata is fetched again because a token names a key id not yet known.</summary>
    public TimeSpan MetadataRefreshThrottle { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest request body accepted on /api/messages.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
