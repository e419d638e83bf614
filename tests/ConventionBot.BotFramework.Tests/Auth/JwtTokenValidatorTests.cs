using System.Security.Cryptography;
using System.Text;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Testing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Tests.Auth;

/// <summary>Every authentication rule, each proven with a really signed token from a local OpenID issuer.</summary>
public sealed class JwtTokenValidatorTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly TestOpenIdIssuer _issuer = new("msteams", "emulator");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    private JwtTokenValidator Validator(string? appId = AppId, TimeSpan? refreshThrottle = null) => new(
        Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = appId,
            ChannelOpenIdMetadataUrl = _issuer.MetadataUrl,
            EmulatorOpenIdMetadataUrl = _issuer.MetadataUrl,
            MetadataRefreshThrottle = refreshThrottle ?? TimeSpan.FromMinutes(5),
        }),
        TimeProvider.System);

    private static Activity Activity(string channelId = "msteams", string serviceUrl = ServiceUrl) =>
        new() { Type = ActivityTypes.Message, ChannelId = channelId, ServiceUrl = serviceUrl };

    private string ChannelToken(RsaSecurityKey? key = null, string audience = AppId, string issuer = AuthenticationConstants.ChannelIssuer,
        string serviceUrl = ServiceUrl, DateTime? notBefore = null, DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        _issuer.CreateToken(new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, issuer, audience, key, notBefore, expires, algorithm);

    private Task<System.Security.Claims.ClaimsIdentity> Authenticate(string? token, Activity? activity = null, JwtTokenValidator? validator = null) =>
        (validator ?? Validator()).AuthenticateAsync(token is null ? null : "Bearer " + token, activity ?? Activity(), CancellationToken.None);

    [Fact]
    public async Task A_channel_token_that_keeps_every_rule_is_accepted()
    {
        var identity = await Authenticate(ChannelToken());

        Assert.Equal(ServiceUrl, identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_are_accepted_too(string algorithm) =>
        await Authenticate(ChannelToken(algorithm: algorithm));

    [Fact]
    public async Task A_token_signed_by_the_published_key_with_another_algorithm_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(ChannelToken(algorithm: SecurityAlgorithms.RsaSsaPssSha256)));

    [Fact]
    public async Task An_expired_token_is_refused_beyond_five_minutes_of_skew()
    {
        await Authenticate(ChannelToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-4)));
        await Assert.ThrowsAsync<BotAuthenticationException>(() =>
            Authenticate(ChannelToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6))));
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() =>
            Authenticate(ChannelToken(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1))));

    [Fact]
    public async Task A_token_for_another_bot_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(ChannelToken(audience: "another-app-id")));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(ChannelToken(issuer: "https://evil.example.com")));

    [Fact]
    public async Task A_token_whose_serviceurl_claim_differs_from_the_activitys_is_refused()
    {
        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() =>
            Authenticate(ChannelToken(), Activity(serviceUrl: "https://attacker.example.com/")));
        Assert.Contains("serviceurl", error.Message);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_refused()
    {
        var error = await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(ChannelToken(), Activity(channelId: "slack")));
        Assert.Contains("endorsed", error.Message);
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var payload = $$"""{"iss":"{{AuthenticationConstants.ChannelIssuer}}","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""";
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(TestOpenIdIssuer.CreateUnsignedToken(payload)));
    }

    [Fact]
    public async Task A_token_changed_after_signing_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(TestOpenIdIssuer.Tamper(ChannelToken(), "serviceurl", ServiceUrl + "x")));

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(ChannelToken(key: TestOpenIdIssuer.NewKey("unknown"))));

    [Fact]
    public async Task A_token_signed_with_a_shared_secret_is_refused()
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationConstants.ChannelIssuer,
            Audience = AppId,
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(token));
    }

    [Fact]
    public async Task A_key_rotated_in_after_the_metadata_was_cached_is_fetched_and_accepted()
    {
        var validator = Validator(refreshThrottle: TimeSpan.Zero);
        await Authenticate(ChannelToken(), validator: validator);
        var rotated = TestOpenIdIssuer.NewKey("key-2");
        _issuer.Publish(rotated, "msteams");

        await Authenticate(ChannelToken(key: rotated), validator: validator);
    }

    [Fact]
    public async Task Without_a_header_only_a_bot_without_app_id_is_let_in()
    {
        await Authenticate(null, validator: Validator(appId: ""));
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(null));
    }

    [Fact]
    public async Task A_header_that_is_present_is_validated_even_without_app_id() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate("not-a-jwt", validator: Validator(appId: "")));

    [Fact]
    public async Task A_header_that_is_not_a_bearer_token_is_refused() =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() =>
            Validator().AuthenticateAsync("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("a:b")), Activity(), CancellationToken.None));

    [Theory]
    [InlineData("https://sts.windows.net/" + EmulatorTenant + "/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/" + EmulatorTenant + "/v2.0", "2.0", "azp")]
    public async Task An_Emulator_token_carries_the_app_id_in_appid_for_v1_and_azp_for_v2(string issuer, string version, string claim)
    {
        var good = _issuer.CreateToken(new Dictionary<string, object> { ["ver"] = version, [claim] = AppId }, issuer, AppId);
        var wrongClaim = _issuer.CreateToken(new Dictionary<string, object> { ["ver"] = version, [claim == "appid" ? "azp" : "appid"] = AppId }, issuer, AppId);

        await Authenticate(good, Activity(channelId: "emulator"));
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(wrongClaim, Activity(channelId: "emulator")));
    }

    [Fact]
    public async Task An_Emulator_token_of_an_unknown_tenant_is_treated_as_a_channel_token_and_refused()
    {
        var token = _issuer.CreateToken(new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId }, "https://sts.windows.net/99999999-0000-0000-0000-000000000000/", AppId);
        await Assert.ThrowsAsync<BotAuthenticationException>(() => Authenticate(token, Activity(channelId: "emulator")));
    }
}
