using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ConventionBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ConventionBot.Tests.Answering;

/// <summary>
/// Azure OpenAI cannot run here, so this local server speaks its chat-completions wire format instead:
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c> with an <c>api-key</c> header, answering
/// with a <c>chat.completion</c> object — or a 429, or late — as each test sets it.
/// </summary>
public sealed class FakeAzureOpenAI : LocalServer
{
    public ConcurrentQueue<(string Deployment, string? ApiKey, string? ApiVersion, JsonNode Body)> Requests { get; } = new();

    /// <summary>The assistant's text for the next request, or null for a 429.</summary>
    public Func<string?> Reply { get; set; } = () => "";

    public TimeSpan Delay { get; set; }

    public Uri Endpoint => new(BaseUrl + "/");

    protected override void Map(WebApplication app) =>
        app.MapPost("/openai/deployments/{deployment}/chat/completions", async (string deployment, HttpContext http) =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body);
            Requests.Enqueue((deployment, http.Request.Headers["api-key"].FirstOrDefault(), http.Request.Query["api-version"].FirstOrDefault(), body!));
            await Task.Delay(Delay, http.RequestAborted);
            if (Reply() is not { } content)
            {
                http.Response.Headers.RetryAfter = "0";
                return Results.Json(new { error = new { code = "429", message = "Requests to the ChatCompletions_Create Operation have exceeded the rate limit." } }, statusCode: 429);
            }
            return Results.Json(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_795_000_000,
                model = "gpt-4o",
                choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content } } },
                usage = new { prompt_tokens = 200, completion_tokens = 30, total_tokens = 230 },
            });
        });
}
