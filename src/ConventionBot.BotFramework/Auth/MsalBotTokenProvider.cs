using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ConventionBot.BotFramework.Auth;

/// <summary>
/// Outbound tokens by <c>MicrosoftAppType</c>, from Microsoft.Identity.Client (which caches and renews them):
/// MultiTenant — client credentials at the botframework.com authority; SingleTenant — at the bot's tenant;
/// UserAssignedMsi — the managed identity whose client id is the app id. No app id: no token.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly Func<CancellationToken, Task<string>>? _acquire;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options)
    {
        var o = options.Value;
        if (!o.AuthenticationEnabled)
            return;
        _acquire = o.MicrosoftAppType switch
        {
            "UserAssignedMsi" => ManagedIdentity(o.MicrosoftAppId!),
            "SingleTenant" => ClientCredentials(o, string.Format(AuthenticationConstants.AuthorityFormat, Required(o.MicrosoftAppTenantId, "MicrosoftAppTenantId"))),
            "MultiTenant" or "" => ClientCredentials(o, AuthenticationConstants.MultiTenantAuthority),
            var other => throw new InvalidOperationException($"MicrosoftAppType '{other}' is not MultiTenant, SingleTenant or UserAssignedMsi"),
        };
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _acquire is null ? null : await _acquire(cancellationToken);

    private static Func<CancellationToken, Task<string>> ClientCredentials(BotFrameworkOptions o, string authority)
    {
        var app = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithClientSecret(Required(o.MicrosoftAppPassword, "MicrosoftAppPassword"))
            .WithAuthority(authority)
            .Build();
        return async ct => (await app.AcquireTokenForClient([AuthenticationConstants.BotFrameworkScope]).ExecuteAsync(ct)).AccessToken;
    }

    private static Func<CancellationToken, Task<string>> ManagedIdentity(string clientId)
    {
        var app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(clientId)).Build();
        return async ct => (await app.AcquireTokenForManagedIdentity(AuthenticationConstants.BotFrameworkResource).ExecuteAsync(ct)).AccessToken;
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} must be set for this MicrosoftAppType") : value;
}
