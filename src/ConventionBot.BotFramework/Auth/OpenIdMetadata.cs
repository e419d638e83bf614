using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Auth;

/// <summary>
/// One OpenID metadata document and its signing keys, fetched with the library's retriever and cached. A token
/// that names a key id not in the cache makes it fetch again (keys rotate), at most once per throttle period.
/// Plain http is allowed only for a loopback address: the local issuer tests run.
/// </summary>
public sealed class OpenIdMetadata(string url, TimeSpan refreshThrottle, TimeProvider time)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private OpenIdConnectConfiguration? _configuration;
    private DateTimeOffset _fetchedAt;

    public async Task<(IReadOnlyCollection<SecurityKey> Keys, JsonWebKeySet KeySet)> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var unknownKey = keyId is not null && _configuration?.JsonWebKeySet?.Keys.All(k => k.KeyId != keyId) == true;
            var stale = time.GetUtcNow() - _fetchedAt > TimeSpan.FromHours(24);
            if (_configuration is null || stale || (unknownKey && time.GetUtcNow() - _fetchedAt >= refreshThrottle))
            {
                var retriever = new HttpDocumentRetriever { RequireHttps = !IsLoopback(url) };
                _configuration = await OpenIdConnectConfigurationRetriever.GetAsync(url, retriever, cancellationToken);
                _fetchedAt = time.GetUtcNow();
            }
            return (_configuration.SigningKeys.ToList(), _configuration.JsonWebKeySet);
        }
        finally
        {
            _lock.Release();
        }
    }

    private static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
