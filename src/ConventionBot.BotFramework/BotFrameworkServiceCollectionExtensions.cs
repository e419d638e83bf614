using System.Net;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ConventionBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    private static readonly HttpStatusCode[] Transient =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    /// <summary>
    /// The protocol's services: options from the root keys (<c>MicrosoftAppId</c>…) and the <c>BotFramework</c>
    /// section (metadata URLs, limits), token validation, outbound tokens, the connector client with retries
    /// (429, 412, 502, 503, 504 and unreachable; jittered exponential backoff that honours Retry-After, bounded),
    /// and the adapter. The app registers its middleware (in order) and its bot.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection("BotFramework"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JwtTokenValidator>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddHttpClient<ConnectorClient>()
            .AddResilienceHandler("connector", pipeline => pipeline
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    MaxDelay = TimeSpan.FromSeconds(10),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Exception is HttpRequestException
                        || (args.Outcome.Result is { } r && Transient.Contains(r.StatusCode))),
                })
                .AddTimeout(TimeSpan.FromSeconds(30)));
        services.AddScoped<CloudAdapter>();
        return services;
    }
}
