using System.Text.Json;
using ConventionBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Channels deliver again when they think a turn was lost. The first delivery of an activity id marks it
/// "started" (atomically, in storage) and "done" when the turn ends; a second delivery is dropped. A mark left
/// "started" longer than <see cref="AbandonedAfter"/> belongs to a process that died mid-turn: that delivery runs again.
/// </summary>
public sealed class DuplicateDeliveryGuard(IStorage storage, TimeProvider time, ILogger<DuplicateDeliveryGuard> logger) : IMiddleware
{
    public const string DuplicateKey = "BotFramework.Duplicate";

    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    private sealed record Mark(string State, DateTimeOffset At);

    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (a.Id is null)
        {
            await next(cancellationToken);
            return;
        }
        var key = $"delivered/{a.ChannelId}/{a.Conversation?.Id}/{a.Id}";
        if (!await storage.TryCreateAsync(key, Element(new Mark("started", time.GetUtcNow())), cancellationToken) && !await TakeOverAbandonedAsync(key, cancellationToken))
        {
            logger.LogInformation("Dropped a second delivery of activity {ActivityId}", a.Id);
            turn.TurnState[DuplicateKey] = true;
            return;
        }
        await next(cancellationToken);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Element(new Mark("done", time.GetUtcNow())), "*") }, cancellationToken);
    }

    private async Task<bool> TakeOverAbandonedAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item) || item.Value.Deserialize<Mark>() is not { State: "started" } mark || time.GetUtcNow() - mark.At < AbandonedAfter)
            return false;
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Element(new Mark("started", time.GetUtcNow())), item.ETag) }, cancellationToken);
            return true;
        }
        catch (PreconditionFailedException)
        {
            return false; // another delivery took it over first
        }
    }

    private static JsonElement Element(Mark mark) => JsonSerializer.SerializeToElement(mark);
}
