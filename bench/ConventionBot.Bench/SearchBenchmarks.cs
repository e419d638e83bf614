using BenchmarkDotNet.Attributes;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Bench;

/// <summary>BM25 search over a store of synthetic letters, per store size.</summary>
public class SearchBenchmarks
{
    private SqliteLetterStore _store = null!;

    [Params(1000, 10000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Measurements.BuildStoreAsync(Letters).GetAwaiter().GetResult();
        if (!File.Exists(Path.Combine(folder, "store.db")))
            Measurements.IngestAsync(Letters).GetAwaiter().GetResult();
        _store = new SqliteLetterStore(Path.Combine(folder, "store.db"));
    }

    [Benchmark]
    public int RegistrationDeadline() => _store.SearchAsync("registration deadline", 10, CancellationToken.None).GetAwaiter().GetResult().Count;

    [Benchmark]
    public int OsloActionPlan() => _store.SearchAsync("Oslo Action Plan", 10, CancellationToken.None).GetAwaiter().GetResult().Count;
}
