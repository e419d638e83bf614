using System.Diagnostics;
using BenchmarkDotNet.Running;
using ConventionBot.Bench;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Storage;

// dotnet run -c Release --project bench/ConventionBot.Bench -- ingest 10000
// dotnet run -c Release --project bench/ConventionBot.Bench -- search 100000 [queries]
// dotnet run -c Release --project bench/ConventionBot.Bench -- parse 10000
// dotnet run -c Release --project bench/ConventionBot.Bench -- psearch 1000
// dotnet run -c Release --project bench/ConventionBot.Bench -- answer 10000
// dotnet run -c Release --project bench/ConventionBot.Bench -- generate 100 DIR
// dotnet run -c Release --project bench/ConventionBot.Bench -- load http://127.0.0.1:3978 32 20   (bot running)
// dotnet run -c Release --project bench/ConventionBot.Bench -- bdn [BenchmarkDotNet arguments]
var mode = args.ElementAtOrDefault(0) ?? "ingest";
int Count() => int.Parse(args.ElementAtOrDefault(1) ?? "1000");
switch (mode)
{
    case "generate":
        SyntheticLetters.WriteTo(args.ElementAtOrDefault(2) ?? "synthetic-letters", Count());
        Console.WriteLine($"wrote {Count()} letters");
        break;
    case "ingest":
        await Measurements.IngestAsync(Count());
        break;
    case "search":
        await Measurements.SearchAsync(Count(), int.Parse(args.ElementAtOrDefault(2) ?? "2000"));
        break;
    case "write":
        await Measurements.WriteAsync(Count());
        break;
    case "parse":
        Measurements.ParseSingleThread(Count());
        break;
    case "psearch":
        await Measurements.ConcurrentSearchAsync(Count(), concurrency: 32, TimeSpan.FromSeconds(5));
        break;
    case "answer":
        await Measurements.AnswerAsync(Count(), int.Parse(args.ElementAtOrDefault(2) ?? "5000"));
        break;
    case "load":
        await LoadGenerator.RunAsync(args.ElementAtOrDefault(1) ?? "http://127.0.0.1:3978", int.Parse(args.ElementAtOrDefault(2) ?? "32"),
            TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(3) ?? "20")));
        break;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args[1..]);
        break;
    default:
        Console.Error.WriteLine("usage: ingest N | search N [queries] | psearch N | answer N [questions] | parse N | generate N DIR | load BOT-URL CONVERSATIONS SECONDS | bdn [args]");
        return 2;
}
return 0;

/// <summary>Whole-pipeline measurements that BenchmarkDotNet's micro-benchmarks cannot make: throughput, percentiles, RSS.</summary>
internal static class Measurements
{
    public static readonly string[] Queries =
    [
        "registration deadline", "Oslo Action Plan", "intersessional meetings Geneva", "victim assistance progress report",
        "sponsorship programme", "Maputo", "when is registration due", "virtual format", "stockpile destruction input",
        "Palais des Nations", "views on these dates", "Implementation Support Unit contact",
    ];

    public static async Task<string> BuildStoreAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"conventionbot-bench-{count}");
        var letters = Path.Combine(folder, "letters");
        if (!Directory.Exists(letters) || Directory.GetFiles(letters).Length != count)
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            SyntheticLetters.WriteTo(letters, count);
        }
        return folder;
    }

    public static async Task IngestAsync(int count)
    {
        var folder = await BuildStoreAsync(count);
        var db = Path.Combine(folder, $"ingest-{Guid.NewGuid():N}.db");
        var store = new SqliteLetterStore(db);
        await store.InitializeAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var results = await new LetterIngestor(store).IngestAsync([Path.Combine(folder, "letters")], null, CancellationToken.None);
        clock.Stop();
        var failed = results.Count(r => r.Status == IngestStatus.Failed);
        Console.WriteLine($"ingest: {count} letters in {clock.Elapsed.TotalSeconds:0.00} s = {count / clock.Elapsed.TotalSeconds:0} letters/s; failed {failed}");
        Console.WriteLine($"store: {new FileInfo(db).Length / 1024.0 / 1024.0:0.0} MB ({new FileInfo(db).Length / count} bytes/letter); peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        File.Move(db, Path.Combine(folder, "store.db"), overwrite: true);
    }

    private static readonly string[] Questions =
    [
        "when is registration due?", "where is the June meeting?", "what is the Oslo Action Plan", "what's coming up?",
        "is the 2020 meeting virtual?", "when is the 23MSP", "deadline for views on the dates", "what is the dress code",
    ];

    /// <summary>The answering engine over the facts of N letters, in memory as the bot holds them: latency per question.</summary>
    public static async Task AnswerAsync(int count, int questions)
    {
        var folder = await BuildStoreAsync(count);
        if (!File.Exists(Path.Combine(folder, "store.db")))
            await IngestAsync(count);
        var store = new SqliteLetterStore(Path.Combine(folder, "store.db"));
        var load = Stopwatch.StartNew();
        var engine = new ConventionBot.Letters.Answering.AnswerEngine(await ConventionBot.Letters.Answering.FactIndex.LoadAsync(store, CancellationToken.None));
        var today = new DateOnly(2026, 11, 23);
        Console.WriteLine($"facts of {count} letters loaded in {load.Elapsed.TotalSeconds:0.0} s");
        // Warm-up, as a running bot is: the day's view of the facts and the word index are built on first use.
        foreach (var question in Questions)
        {
            var first = Stopwatch.StartNew();
            engine.Ask(question, today);
            Console.WriteLine($"  first '{question}': {first.Elapsed.TotalMilliseconds:0.0} ms");
        }
        var latencies = new List<double>(questions);
        for (var i = 0; i < questions; i++)
        {
            var clock = Stopwatch.StartNew();
            engine.Ask(Questions[i % Questions.Length], today);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        PrintPerQuestion(Questions, latencies);
        latencies.Sort();
        Console.WriteLine($"answer over {count} letters, {questions} questions: p50 {latencies[latencies.Count / 2]:0.000} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.000} ms; peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    /// <summary>Latencies were taken cycling through the questions in order: each question's own median and worst.</summary>
    private static void PrintPerQuestion(string[] questions, List<double> latencies)
    {
        for (var q = 0; q < questions.Length; q++)
        {
            var mine = Enumerable.Range(0, latencies.Count).Where(i => i % questions.Length == q).Select(i => latencies[i]).Order().ToList();
            Console.WriteLine($"  {questions[q]}: p50 {mine[mine.Count / 2]:0.000} ms, max {mine[^1]:0.000} ms");
        }
    }

    /// <summary>Searches from many callers at once, as a busy bot makes them: searches per second.</summary>
    public static async Task ConcurrentSearchAsync(int count, int concurrency, TimeSpan duration)
    {
        var folder = await BuildStoreAsync(count);
        if (!File.Exists(Path.Combine(folder, "store.db")))
            await IngestAsync(count);
        var store = new SqliteLetterStore(Path.Combine(folder, "store.db"));
        var searches = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = worker; clock.Elapsed < duration; i++)
            {
                await store.SearchAsync(Queries[i % Queries.Length], 1, CancellationToken.None);
                Interlocked.Increment(ref searches);
            }
        }));
        Console.WriteLine($"search over {count} letters from {concurrency} callers at once: {searches / clock.Elapsed.TotalSeconds:0} searches/s");
    }

    /// <summary>Reading, cleaning and extracting alone, on one thread, with no store: the parsing side of an ingest.</summary>
    public static void ParseSingleThread(int count)
    {
        var reader = new ConventionBot.Letters.Reading.LetterFileReader();
        var letters = SyntheticLetters.Generate(count).Select(l => (l.FileName, Bytes: System.Text.Encoding.UTF8.GetBytes(l.Text))).ToList();
        LetterParser.Parse(reader, letters[0].FileName, letters[0].Bytes); // JIT
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        foreach (var (name, bytes) in letters)
            LetterParser.Parse(reader, name, bytes);
        Console.WriteLine($"parse, one thread: {clock.Elapsed.TotalMilliseconds * 1000 / count:0} µs/letter = {count / clock.Elapsed.TotalSeconds:0} letters/s; " +
                          $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / count / 1024} KB allocated per letter, {GC.CollectionCount(0) - collections} gen0 collections");
    }

    public static async Task WriteAsync(int count)
    {
        var reader = new ConventionBot.Letters.Reading.LetterFileReader();
        var letters = SyntheticLetters.Generate(count).AsParallel().AsOrdered().Select(l => LetterParser.Parse(reader, l.FileName, System.Text.Encoding.UTF8.GetBytes(l.Text))).ToList();
        var db = Path.Combine(Path.GetTempPath(), $"write-{Guid.NewGuid():N}.db");
        var store = new SqliteLetterStore(db);
        await store.InitializeAsync(CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var batch in letters.Chunk(1024))
            await store.SaveAsync(batch, CancellationToken.None);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"write alone: {clock.Elapsed.TotalMilliseconds * 1000 / count:0} µs/letter = {count / clock.Elapsed.TotalSeconds:0} letters/s; cpu {cpu.TotalMilliseconds * 1000 / count:0} µs/letter");
    }

    public static async Task SearchAsync(int count, int queries)
    {
        var folder = await BuildStoreAsync(count);
        var db = Path.Combine(folder, "store.db");
        if (!File.Exists(db))
        {
            await IngestAsync(count);
        }
        var store = new SqliteLetterStore(db);
        await store.InitializeAsync(CancellationToken.None);
        // Warm-up: page cache, JIT, and each word's sentence count, taken once per store generation.
        var warmUp = Stopwatch.StartNew();
        foreach (var query in Queries)
            await store.SearchAsync(query, 10, CancellationToken.None);
        Console.WriteLine($"first search of each query, word counts taken: {warmUp.Elapsed.TotalMilliseconds / Queries.Length:0.0} ms on average");
        var latencies = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.SearchAsync(Queries[i % Queries.Length], 10, CancellationToken.None);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        PrintPerQuestion(Queries, latencies);
        latencies.Sort();
        Console.WriteLine($"search over {count} letters, {queries} queries: p50 {latencies[latencies.Count / 2]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms, max {latencies[^1]:0.00} ms; peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
