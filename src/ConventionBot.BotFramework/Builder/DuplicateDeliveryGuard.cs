using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Channels deliver an activity again when they think its turn was lost, within seconds. The first delivery of an
/// activity id runs; a second one within <see cref="Window"/> is dropped.
/// The guard lives in memory, on purpose: after a crash, a redelivered activity should run again, since its first
/// turn may have died half-way — what a user submitted is made safe by the records' own idempotency, not here.
/// A store write per turn would halve the host's throughput for no gain in that case.
/// </summary>
public sealed class DuplicateDeliveryGuard(TimeProvider time, ILogger<DuplicateDeliveryGuard> logger) : IMiddleware
{
    public const string DuplicateKey = "BotFramework.Duplicate";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new();

    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (a.Id is null)
        {
            await next(cancellationToken);
            return;
        }
        var now = time.GetUtcNow();
        var key = $"{a.ChannelId}/{a.Conversation?.Id}/{a.Id}";
        if (!_seen.TryAdd(key, now) && !TakeOverExpired(key, now))
        {
            logger.LogInformation("Dropped a second delivery of activity {ActivityId}", a.Id);
            turn.TurnState[DuplicateKey] = true;
            return;
        }
        if (_seen.Count > PruneAbove)
            Prune(now);
        await next(cancellationToken);
    }

    private bool TakeOverExpired(string key, DateTimeOffset now) =>
        _seen.TryGetValue(key, out var seenAt) && now - seenAt >= Window && _seen.TryUpdate(key, now, seenAt);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, seenAt) in _seen)
            if (now - seenAt >= Window)
                _seen.TryRemove(key, out _);
    }
}
