using System.Net;
using System.Text;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Tests.Hosting;

/// <summary>What /api/messages answers to requests that are not a good activity: a clear status, nothing changed.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<HttpResponseMessage> Send(HttpMethod method, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, "/api/messages");
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType ?? "application/json");
        if (body is not null && contentType is null)
            request.Content!.Headers.ContentType = null;
        return await _host.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task The_Playgrounds_empty_reachability_probe_gets_a_plain_200() =>
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Post, null, null)).StatusCode);

    [Fact]
    public async Task Malformed_JSON_is_400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, "{\"type\": \"message\", ", "application/json")).StatusCode);

    [Fact]
    public async Task An_activity_without_a_type_is_400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, "{\"text\": \"hi\"}", "application/json")).StatusCode);

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415() =>
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Send(HttpMethod.Post, "type=message", "application/x-www-form-urlencoded")).StatusCode);

    [Fact]
    public async Task A_body_over_256_KB_is_413()
    {
        var huge = $"{{\"type\":\"message\",\"text\":\"{new string('a', 300 * 1024)}\"}}";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Send(HttpMethod.Post, huge, "application/json")).StatusCode);
    }

    [Fact]
    public async Task GET_is_405() =>
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(HttpMethod.Get, null, null)).StatusCode);

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        var replies = await _host.AskAsync(TeamsActivities.Base("somethingNew", "http://localhost:1/", null));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task An_invoke_nobody_handles_is_501()
    {
        var response = await _host.PostAsync(TeamsActivities.Invoke("composeExtension/query", new { commandId = "x" }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_readiness_answer_and_readiness_counts_the_letters()
    {
        var client = _host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetStringAsync("/readyz");
        Assert.Contains("\"letters\":4", ready);
    }
}
