using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConventionBot.Testing;

/// <summary>What the bot sent to the connector: method, path, Authorization header and JSON body.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonElement? Body);

/// <summary>
/// A local stand-in for a channel's Bot Connector (v3 REST, as Teams' is): records every call and answers as the
/// real one does, or with the statuses a test queues (429 with Retry-After, 403, 503…).
/// </summary>
public sealed class ConnectorSink : LocalServer
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _queued = new();

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    public string ServiceUrl => BaseUrl + "/";

    /// <summary>The next calls are answered with these statuses, in order; after them, success.</summary>
    public void Queue(int status, string? retryAfter = null) => _queued.Enqueue((status, retryAfter));

    public IReadOnlyList<JsonElement> SentActivities(string? type = "message") =>
        Calls.Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is { } b
                         && (type is null || (b.TryGetProperty("type", out var t) && t.GetString() == type)))
            .Select(c => c.Body!.Value).ToList();

    protected override void Map(WebApplication app)
    {
        app.Map("/v3/{**path}", async (HttpContext http) =>
        {
            JsonElement? body = null;
            if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
                body = (await JsonDocument.ParseAsync(http.Request.Body)).RootElement.Clone();
            Calls.Enqueue(new ConnectorCall(http.Request.Method, http.Request.Path, http.Request.Headers.Authorization.FirstOrDefault(), body));
            if (_queued.TryDequeue(out var queued))
            {
                if (queued.RetryAfter is not null)
                    http.Response.Headers.RetryAfter = queued.RetryAfter;
                return Results.StatusCode(queued.Status);
            }
            var path = http.Request.Path.Value!;
            if (path.EndsWith("/v3/conversations", StringComparison.Ordinal))
                return Results.Json(new { id = "a:new-thread-" + Guid.NewGuid().ToString("N")[..8], activityId = "1" }, statusCode: 201);
            if (path.EndsWith("/members", StringComparison.Ordinal))
                return Results.Json(new[] { new { id = "29:user-1", name = "Alex Wilber", aadObjectId = "00000000-0000-0000-0000-000000000020" } });
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
    }
}
