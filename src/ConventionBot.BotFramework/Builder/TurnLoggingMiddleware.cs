using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Builder;

/// <summary>Logs each turn by ids only: no message text, no names, no tokens.</summary>
public sealed class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await next(cancellationToken);
        var a = turn.Activity;
        logger.LogInformation(
            "Turn {ActivityType} {ActivityId} on {ChannelId} conversation {ConversationId} from {UserId} took {ElapsedMs} ms",
            a.Type, a.Id, a.ChannelId, a.Conversation?.Id, a.From?.Id, clock.ElapsedMilliseconds);
    }
}
