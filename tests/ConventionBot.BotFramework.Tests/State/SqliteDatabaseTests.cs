using ConventionBot.BotFramework.State;
using Microsoft.Data.Sqlite;

namespace ConventionBot.BotFramework.Tests.State;

public class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"conventionbot-db-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<long> SynchronousAsync(SqliteConnection connection)
    {
        await using var command = new SqliteCommand("PRAGMA synchronous", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Every_connection_it_hands_out_writes_with_synchronous_normal_also_when_the_pool_hands_it_out_again()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "nested", "bot.db"), "CREATE TABLE t (x);");
        await using (var first = await database.OpenAsync(CancellationToken.None))
        {
            await using var second = await database.OpenAsync(CancellationToken.None);
            Assert.Equal(1, await SynchronousAsync(first));
            Assert.Equal(1, await SynchronousAsync(second));
        }

        await using var reused = await database.OpenAsync(CancellationToken.None);

        Assert.Equal(1, await SynchronousAsync(reused));
        Assert.True(File.Exists(Path.Combine(_folder, "nested", "bot.db")));
    }
}
