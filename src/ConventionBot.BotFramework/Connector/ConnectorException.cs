using System.Net;

namespace ConventionBot.BotFramework.Connector;

/// <summary>A connector call that failed after its retries; carries the HTTP status for callers that report per target.</summary>
public sealed class ConnectorException(HttpStatusCode? status, string message, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}
