using System.Security.Claims;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Auth;

/// <summary>
/// Validates the bearer token of an incoming activity, as the Bot Framework requires:
/// a channel token (issuer api.botframework.com, audience = app id, a serviceurl claim equal to the activity's,
/// a signing key endorsed for the activity's channel) or an Emulator token (Azure AD v1 or v2 issuer of the
/// Emulator's tenants or the bot's own, app id in appid or azp). RS256/384/512 only, five minutes of skew.
/// No header is accepted only when the bot has no app id; a header that is present is always validated.
/// </summary>
public sealed class JwtTokenValidator
{
    private readonly BotFrameworkOptions _options;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _emulatorMetadata;
    private readonly JsonWebTokenHandler _handler = new();

    public JwtTokenValidator(IOptions<BotFrameworkOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _channelMetadata = new OpenIdMetadata(_options.ChannelOpenIdMetadataUrl, _options.MetadataRefreshThrottle, time);
        _emulatorMetadata = new OpenIdMetadata(_options.EmulatorOpenIdMetadataUrl, _options.MetadataRefreshThrottle, time);
    }

    /// <returns>The caller's identity; anonymous in local development.</returns>
    /// <exception cref="BotAuthenticationException">The request must be refused with 401.</exception>
    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            if (_options.AuthenticationEnabled)
                throw new BotAuthenticationException("no Authorization header");
            return new ClaimsIdentity();
        }
        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.Ordinal))
            throw new BotAuthenticationException("the Authorization header is not a bearer token");
        var token = authorizationHeader["Bearer ".Length..].Trim();
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException e)
        {
            throw new BotAuthenticationException("the bearer token is not a JWT", e);
        }
        var emulatorIssuers = AuthenticationConstants.EmulatorIssuers(_options.MicrosoftAppTenantId).ToList();
        return emulatorIssuers.Contains(unvalidated.Issuer)
            ? await ValidateEmulatorTokenAsync(token, unvalidated, emulatorIssuers, cancellationToken)
            : await ValidateChannelTokenAsync(token, unvalidated, activity, cancellationToken);
    }

    private async Task<ClaimsIdentity> ValidateChannelTokenAsync(string token, JsonWebToken unvalidated, Activity activity, CancellationToken cancellationToken)
    {
        var (keys, keySet) = await _channelMetadata.GetKeysAsync(unvalidated.Kid, cancellationToken);
        var identity = await ValidateAsync(token, [AuthenticationConstants.ChannelIssuer], keys);
        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            throw new BotAuthenticationException("the token's serviceurl claim does not match the activity's serviceUrl");
        var key = keySet.Keys.FirstOrDefault(k => k.KeyId == unvalidated.Kid);
        if (key is null || activity.ChannelId is null || !Endorsements(key).Contains(activity.ChannelId))
            throw new BotAuthenticationException($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        return identity;
    }

    private async Task<ClaimsIdentity> ValidateEmulatorTokenAsync(string token, JsonWebToken unvalidated, List<string> issuers, CancellationToken cancellationToken)
    {
        var (keys, _) = await _emulatorMetadata.GetKeysAsync(unvalidated.Kid, cancellationToken);
        var identity = await ValidateAsync(token, issuers, keys);
        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            null or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => throw new BotAuthenticationException($"unknown Emulator token version '{version}'"),
        };
        if (identity.FindFirst(appIdClaim)?.Value != _options.MicrosoftAppId)
            throw new BotAuthenticationException($"the Emulator token's {appIdClaim} is not this bot's app id");
        return identity;
    }

    private async Task<ClaimsIdentity> ValidateAsync(string token, IEnumerable<string> issuers, IReadOnlyCollection<SecurityKey> keys)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = keys,
            ValidAlgorithms = AuthenticationConstants.SigningAlgorithms,
            ClockSkew = AuthenticationConstants.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
            throw new BotAuthenticationException($"the bearer token is not valid: {result.Exception?.GetType().Name}", result.Exception);
        return result.ClaimsIdentity;
    }

    private static IReadOnlyCollection<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
            return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList(),
            IEnumerable<object> list => list.Select(o => o?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }
}
