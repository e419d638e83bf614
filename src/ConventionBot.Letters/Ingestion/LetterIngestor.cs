using ConventionBot.Letters.Model;
using ConventionBot.Letters.Reading;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Ingestion;

/// <summary>
/// Ingests files and folders into the store. A file that cannot be read is reported and skipped; the batch goes on.
/// An unchanged file (same content hash) is not parsed again; a changed one replaces its letter and all its facts.
/// Files are parsed in parallel and written in batches, one transaction per batch.
/// </summary>
public sealed class LetterIngestor(ILetterStore store, LetterFileReader reader)
{
    // Large batches: each transaction ends in an FTS5 segment flush, and fewer, larger segments merge for less.
    private const int BatchSize = 1024;

    // One core is left to the writer, which is the slower side of the pipeline; more parsers only queue behind it.
    private static readonly int ParsingThreads = Math.Max(1, Environment.ProcessorCount - 1);

    public LetterIngestor(ILetterStore store) : this(store, new LetterFileReader())
    {
    }

    /// <summary>The files a list of files and folders stands for: folders recursively, supported formats only, READMEs left out.</summary>
    public IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(reader.Supports)
                .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
                yield return file;
        }
    }

    /// <summary>
    /// Batches are pipelined: while one batch is written (SQLite takes one writer), the next is read and parsed on the
    /// other cores. A batch's results are reported once it is stored.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IEnumerable<string> paths, IProgress<IngestResult>? progress, CancellationToken cancellationToken)
    {
        var results = new List<IngestResult>();
        Task<IReadOnlyList<IngestResult>>? storing = null;
        foreach (var batch in ExpandPaths(paths).Chunk(BatchSize))
        {
            var parsed = await ParseBatchAsync(batch, cancellationToken);
            if (storing is not null)
                Report(await storing, progress, results);
            storing = Task.Run(async () =>
            {
                await store.SaveAsync(parsed.Where(o => o.Letter is not null).Select(o => o.Letter!).ToList(), cancellationToken);
                return (IReadOnlyList<IngestResult>)parsed.Select(o => o.Result).ToList();
            }, cancellationToken);
        }
        if (storing is not null)
            Report(await storing, progress, results);
        return results;
    }

    private static void Report(IReadOnlyList<IngestResult> stored, IProgress<IngestResult>? progress, List<IngestResult> results)
    {
        foreach (var result in stored)
            progress?.Report(result);
        results.AddRange(stored);
    }

    private async Task<(IngestResult Result, Letter? Letter)[]> ParseBatchAsync(string[] files, CancellationToken cancellationToken)
    {
        var ids = files.Select(LetterParser.IdFor).ToArray();
        var known = await store.GetContentHashesAsync(ids, cancellationToken);
        var outcomes = new (IngestResult Result, Letter? Letter)[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = ParsingThreads }, i =>
            outcomes[i] = Process(files[i], ids[i], known));
        return outcomes;
    }

    private (IngestResult, Letter?) Process(string path, string id, IReadOnlyDictionary<string, string> known)
    {
        byte[] content;
        try
        {
            content = reader.ReadBytes(path);
        }
        catch (Exception e) when (e is LetterReadException or IOException or UnauthorizedAccessException)
        {
            return (new IngestResult(path, IngestStatus.Failed, Error: e.Message), null);
        }
        if (known.TryGetValue(id, out var storedHash) && storedHash == LetterParser.HashOf(content))
            return (new IngestResult(path, IngestStatus.Unchanged, id), null);
        try
        {
            var letter = LetterParser.Parse(reader, path, content);
            var status = known.ContainsKey(id) ? IngestStatus.Replaced : IngestStatus.Added;
            var facts = letter.Facts;
            return (new IngestResult(path, status, id, facts.Date, facts.Meetings.Count, facts.Deadlines.Count, letter.Warnings), letter);
        }
        catch (LetterReadException e)
        {
            return (new IngestResult(path, IngestStatus.Failed, id, Error: e.Message), null);
        }
    }
}
