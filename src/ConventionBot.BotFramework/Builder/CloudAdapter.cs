using System.Buffers;
using System.Text.Json;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// The HTTP side of a turn, as the SDK's CloudAdapter.ProcessAsync: checks the request (405, 413, 415, 400),
/// authenticates it (401), runs the middleware and the bot, and answers: 200, the buffered replies for
/// <c>expectReplies</c>, or an invoke's response (501 when nobody handled it). A turn that throws goes to
/// the <see cref="ITurnErrorHandler"/>; the HTTP answer is still 200, as the channel cannot do better with an error.
/// </summary>
public sealed class CloudAdapter(
    JwtTokenValidator validator,
    ConnectorClient connector,
    TrustedServiceUrls trusted,
    IEnumerable<IMiddleware> middleware,
    IOptions<BotFrameworkOptions> options,
    ILogger<CloudAdapter> logger,
    ITurnErrorHandler? errorHandler = null)
{
    private readonly IReadOnlyList<IMiddleware> _middleware = middleware.ToList();

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            await Answer(response, StatusCodes.Status405MethodNotAllowed, "use POST");
            return;
        }
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            await Answer(response, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {options.Value.MaxRequestBytes} bytes");
            return;
        }
        if (body.Length == 0 && string.IsNullOrEmpty(request.ContentType))
        {
            // A reachability probe (the Agents Playground sends one): nothing to process.
            await Answer(response, options.Value.AuthenticationEnabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK, null);
            return;
        }
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await Answer(response, StatusCodes.Status415UnsupportedMediaType, "the body must be application/json");
            return;
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException e)
        {
            await Answer(response, StatusCodes.Status400BadRequest, $"the body is not an Activity: {e.Message}");
            return;
        }
        if (activity?.Type is null)
        {
            await Answer(response, StatusCodes.Status400BadRequest, "the Activity has no type");
            return;
        }
        try
        {
            await validator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        }
        catch (BotAuthenticationException e)
        {
            logger.LogWarning("Refused an activity: {Reason}", e.Message);
            await Answer(response, StatusCodes.Status401Unauthorized, "unauthorized");
            return;
        }
        if (options.Value.AuthenticationEnabled && activity.ServiceUrl is { } serviceUrl)
            trusted.Trust(serviceUrl);
        var turn = new TurnContext(activity, connector);
        await RunTurnAsync(turn, bot, cancellationToken);
        await RespondAsync(turn, response, cancellationToken);
    }

    /// <summary>Runs the middleware and the bot for an activity that did not come over HTTP (a proactive turn).</summary>
    public async Task RunTurnAsync(TurnContext turn, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            await Pipeline(0)(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Turn {ActivityId} failed", turn.Activity.Id);
            if (errorHandler is not null)
                await errorHandler.OnTurnErrorAsync(turn, e, cancellationToken);
        }

        NextDelegate Pipeline(int index) => index < _middleware.Count
            ? ct => _middleware[index].OnTurnAsync(turn, Pipeline(index + 1), ct)
            : ct => bot.OnTurnAsync(turn, ct);
    }

    private static async Task RespondAsync(TurnContext turn, HttpResponse response, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            if (turn.TurnState.TryGetValue(TurnContext.InvokeResponseKey, out var value) && value is Activity { Value: { } invoke })
            {
                var invokeResponse = invoke.Deserialize<InvokeResponse>(BotJson.Options)!;
                response.StatusCode = invokeResponse.Status;
                if (invokeResponse.Body is not null)
                    await response.WriteAsJsonAsync(invokeResponse.Body, BotJson.Options, cancellationToken);
                return;
            }
            response.StatusCode = turn.TurnState.ContainsKey(DuplicateDeliveryGuard.DuplicateKey)
                ? StatusCodes.Status200OK
                : StatusCodes.Status501NotImplemented;
            return;
        }
        if (turn.ExpectsReplies)
        {
            await response.WriteAsJsonAsync(new ExpectedReplies { Activities = [.. turn.BufferedReplies] }, BotJson.Options, cancellationToken);
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The body, or null when it is larger than allowed (checked while reading, whatever Content-Length says).</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
            return null;
        using var buffer = new MemoryStream((int)(request.ContentLength ?? 0));
        // Pooled: a fresh 16 KB chunk per request was most of the bytes a turn allocated.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static async Task Answer(HttpResponse response, int status, string? error)
    {
        response.StatusCode = status;
        if (error is not null)
            await response.WriteAsJsonAsync(new { error });
    }
}
