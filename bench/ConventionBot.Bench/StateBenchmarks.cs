using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConventionBot.BotFramework.State;

namespace ConventionBot.Bench;

/// <summary>Reading one conversation's state from the SQLite store, as every message turn does, among 10,000 stored.</summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-state-bench-").FullName;
    private SqliteStorage _storage = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _storage = new SqliteStorage(Path.Combine(_folder, "state.db"));
        var state = JsonSerializer.SerializeToElement(new { dialogStack = Array.Empty<object>(), lastAsked = "where is the June meeting?" });
        for (var batch = 0; batch < 10; batch++)
            _storage.WriteAsync(Enumerable.Range(batch * 1000, 1000).ToDictionary(Key, _ => new StoreItem(state)), CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int ReadOneConversation() => _storage.ReadAsync([Key(_next++ % 10_000)], CancellationToken.None).GetAwaiter().GetResult().Count;

    private static string Key(int conversation) => $"msteams/conversations/a:conversation-{conversation}";
}
