namespace ConventionBot.BotFramework.Auth;

/// <summary>Facts of the Bot Framework authentication protocol.</summary>
public static class AuthenticationConstants
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    public const string BotFrameworkResource = "https://api.botframework.com";
    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";
    public const string AuthorityFormat = "https://login.microsoftonline.com/{0}";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] SigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>The tenants the Bot Framework Emulator signs in with.</summary>
    public static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static IEnumerable<string> EmulatorIssuers(string? ownTenant) =>
        EmulatorTenants.Append(ownTenant).OfType<string>().Where(t => t.Length > 0)
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" });
}
