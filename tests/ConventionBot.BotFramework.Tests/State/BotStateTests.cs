using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Tests.State;

public sealed class BotStateTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"conventionbot-botstate-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_path) + "*"))
            File.Delete(file);
    }

    [Fact]
    public async Task A_value_set_in_one_turn_is_read_in_the_next_by_a_new_instance_on_the_same_file()
    {
        var writer = new ConversationState(new SqliteStorage(_path));
        var first = Turns.Message("1");
        await writer.SetAsync(first, "step", 2, CancellationToken.None);
        await writer.SaveChangesAsync(first, CancellationToken.None);

        var reader = new ConversationState(new SqliteStorage(_path));

        Assert.Equal(2, await reader.GetAsync<int>(Turns.Message("2"), "step", CancellationToken.None));
    }

    [Fact]
    public async Task A_turn_that_only_reads_state_writes_nothing()
    {
        var storage = new SqliteStorage(_path);
        var state = new UserState(storage);
        var turn = Turns.Message("1");

        Assert.Equal(0, await state.GetAsync<int>(turn, "count", CancellationToken.None));
        await state.SaveChangesAsync(turn, CancellationToken.None);

        Assert.Empty(await storage.ReadAsync(["msteams/users/user-1"], CancellationToken.None));
    }

    [Fact]
    public async Task Two_turns_changing_the_same_conversation_at_once_do_not_both_win()
    {
        var storage = new SqliteStorage(_path);
        var setup = Turns.Message("0");
        var state = new ConversationState(storage);
        await state.SetAsync(setup, "step", 1, CancellationToken.None);
        await state.SaveChangesAsync(setup, CancellationToken.None);

        var a = Turns.Message("a");
        var b = Turns.Message("b");
        await state.SetAsync(a, "step", 2, CancellationToken.None);
        await state.SetAsync(b, "step", 3, CancellationToken.None);
        await state.SaveChangesAsync(a, CancellationToken.None);

        await Assert.ThrowsAsync<PreconditionFailedException>(() => state.SaveChangesAsync(b, CancellationToken.None));
        Assert.Equal(2, await new ConversationState(storage).GetAsync<int>(Turns.Message("c"), "step", CancellationToken.None));
    }
}
