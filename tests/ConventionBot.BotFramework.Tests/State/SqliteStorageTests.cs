using System.Text.Json;
using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Tests.State;

public class SqliteStorageTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"conventionbot-state-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_path) + "*"))
            File.Delete(file);
    }

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    [Fact]
    public async Task A_write_with_the_etag_that_was_read_succeeds_and_a_stale_one_fails_without_writing()
    {
        var storage = new SqliteStorage(_path);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json(new { n = 1 })) }, CancellationToken.None);
        var first = (await storage.ReadAsync(["k"], CancellationToken.None))["k"];

        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json(new { n = 2 }), first.ETag) }, CancellationToken.None);
        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Json(new { n = 3 }), first.ETag) }, CancellationToken.None));

        var now = (await new SqliteStorage(_path).ReadAsync(["k"], CancellationToken.None))["k"];
        Assert.Equal(2, now.Value.GetProperty("n").GetInt32());
        Assert.NotEqual(first.ETag, now.ETag);
    }

    [Fact]
    public async Task The_first_writes_to_a_new_file_may_arrive_at_the_same_moment()
    {
        var storage = new SqliteStorage(_path);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            storage.WriteAsync(new Dictionary<string, StoreItem> { [$"k{i}"] = new(Json(i)) }, CancellationToken.None)));

        Assert.Equal(8, (await storage.ReadAsync(Enumerable.Range(0, 8).Select(i => $"k{i}").ToList(), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Deleted_keys_read_as_absent()
    {
        var storage = new SqliteStorage(_path);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Json(1)), ["b"] = new(Json(2)) }, CancellationToken.None);

        await storage.DeleteAsync(["a"], CancellationToken.None);

        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"], CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task A_read_returns_the_stored_keys_asked_for_and_no_others()
    {
        var storage = new SqliteStorage(_path);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Json(1)), ["b"] = new(Json(2)), ["c"] = new(Json(3)) }, CancellationToken.None);

        var read = await storage.ReadAsync(["c", "a", "missing"], CancellationToken.None);

        Assert.Equal(["a", "c"], read.Keys.Order());
        Assert.Equal(3, read["c"].Value.GetInt32());
        Assert.Empty(await storage.ReadAsync([], CancellationToken.None));
    }
}
