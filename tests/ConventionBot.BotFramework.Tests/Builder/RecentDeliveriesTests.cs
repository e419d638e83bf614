using ConventionBot.BotFramework.Builder;

namespace ConventionBot.BotFramework.Tests.Builder;

public class RecentDeliveriesTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public void A_key_is_new_once_within_the_window()
    {
        var recent = new RecentDeliveries(Window, capacity: 10);

        Assert.True(recent.TryRemember("a", Nine));
        Assert.False(recent.TryRemember("a", Nine.AddMinutes(9)));
        Assert.True(recent.TryRemember("a", Nine.AddMinutes(10)));
    }

    [Fact]
    public void Expired_keys_are_forgotten_as_later_ones_arrive()
    {
        var recent = new RecentDeliveries(Window, capacity: 10);
        recent.TryRemember("a", Nine);
        recent.TryRemember("b", Nine.AddMinutes(1));
        recent.TryRemember("c", Nine.AddMinutes(2));

        recent.TryRemember("d", Nine.AddMinutes(11));

        Assert.Equal(2, recent.Count);
        Assert.False(recent.TryRemember("c", Nine.AddMinutes(11)));
    }

    [Fact]
    public void When_full_the_oldest_key_is_forgotten_first()
    {
        var recent = new RecentDeliveries(Window, capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
            recent.TryRemember(key, Nine);

        Assert.Equal(3, recent.Count);
        Assert.False(recent.TryRemember("d", Nine));
        Assert.False(recent.TryRemember("b", Nine));
        Assert.True(recent.TryRemember("a", Nine));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_key_run_it_once()
    {
        var recent = new RecentDeliveries(Window, capacity: 1_000);
        var firsts = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => recent.TryRemember("a", Nine))));

        Assert.Single(firsts, first => first);
    }
}
