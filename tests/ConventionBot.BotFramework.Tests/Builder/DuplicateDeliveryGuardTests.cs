using ConventionBot.Testing;
using ConventionBot.BotFramework.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConventionBot.BotFramework.Tests.Builder;

public class DuplicateDeliveryGuardTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private static async Task<bool> RanAsync(DuplicateDeliveryGuard guard, TurnContext turn)
    {
        var ran = false;
        await guard.OnTurnAsync(turn, _ => { ran = true; return Task.CompletedTask; }, CancellationToken.None);
        return ran;
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_activity_is_dropped_and_marked()
    {
        var guard = new DuplicateDeliveryGuard(_clock, NullLogger<DuplicateDeliveryGuard>.Instance);
        var second = Turns.Message("a-1");

        Assert.True(await RanAsync(guard, Turns.Message("a-1")));
        Assert.False(await RanAsync(guard, second));
        Assert.True(second.TurnState.ContainsKey(DuplicateDeliveryGuard.DuplicateKey));
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_another_activity()
    {
        var guard = new DuplicateDeliveryGuard(_clock, NullLogger<DuplicateDeliveryGuard>.Instance);

        Assert.True(await RanAsync(guard, Turns.Message("a-1", conversation: "c-1")));
        Assert.True(await RanAsync(guard, Turns.Message("a-1", conversation: "c-2")));
    }

    [Fact]
    public async Task A_delivery_after_the_window_runs_again()
    {
        var guard = new DuplicateDeliveryGuard(_clock, NullLogger<DuplicateDeliveryGuard>.Instance);
        await RanAsync(guard, Turns.Message("a-1"));

        _clock.Now += DuplicateDeliveryGuard.Window;

        Assert.True(await RanAsync(guard, Turns.Message("a-1")));
    }
}
