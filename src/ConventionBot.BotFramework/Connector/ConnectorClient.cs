using System.Net.Http.Headers;
using System.Net.Http.Json;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of a channel: reply, send, create conversation (a new thread in a Teams channel
/// included), update, delete and members. The HttpClient it is given carries the retry policy; the bot's token is
/// attached only for trusted service URLs.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, TrustedServiceUrls trusted)
{
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    /// <summary>In Teams, with <c>isGroup</c>, <c>channelData.channel.id</c> and the tenant, this starts a new thread in a channel.</summary>
    public Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<object>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken) =>
        await SendAsync<List<ChannelAccount>>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null, cancellationToken) ?? [];

    private async Task<T?> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path));
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
        if (trusted.IsTrusted(serviceUrl) && await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ConnectorException(null, $"the connector at {serviceUrl} could not be reached", e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new ConnectorException(response.StatusCode, $"the connector answered {(int)response.StatusCode} to {method} {path}");
            if (response.Content.Headers.ContentLength == 0 || typeof(T) == typeof(object))
                return default;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text) ? default : System.Text.Json.JsonSerializer.Deserialize<T>(text, BotJson.Options);
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
