using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.Testing;

/// <summary>
/// A local OpenID issuer with its own RSA keys: serves a metadata document and a JWKS (with Bot Framework
/// "endorsements"), and signs real tokens. Keys can be added later, as a rotation would.
/// </summary>
public sealed class TestOpenIdIssuer : LocalServer
{
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];

    public TestOpenIdIssuer(params string[] endorsements)
    {
        SigningKey = NewKey("key-1");
        Publish(SigningKey, endorsements);
    }

    public RsaSecurityKey SigningKey { get; }

    public string MetadataUrl => BaseUrl + "/.well-known/openidconfiguration";

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        lock (_published)
            _published.Add((key, endorsements));
    }

    /// <summary>A token signed by <paramref name="key"/> (the published key by default).</summary>
    public string CreateToken(
        IDictionary<string, object> claims,
        string issuer,
        string audience,
        RsaSecurityKey? key = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, algorithm),
        });
    }

    /// <summary>An unsigned token ("alg": "none") with the given payload.</summary>
    public static string CreateUnsignedToken(string payloadJson) =>
        $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode(payloadJson)}.";

    /// <summary>The token with one character of its payload changed, its signature left as it was.</summary>
    public static string Tamper(string token, string claim, string newValue)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload[claim] = newValue;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = BaseUrl + "/authorize",
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            lock (_published)
                return Results.Json(new { keys = _published.Select(p => Jwk(p.Key, p.Endorsements)).ToArray() });
        });
    }

    private static object Jwk(RsaSecurityKey key, string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = key.KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements,
        };
    }
}
