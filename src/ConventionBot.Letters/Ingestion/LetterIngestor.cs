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
    private const int BatchSize = 256;

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

    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IEnumerable<string> paths, IProgress<IngestResult>? progress, CancellationToken cancellationToken)
    {
        var results = new List<IngestResult>();
        foreach (var batch in ExpandPaths(paths).Chunk(BatchSize))
        {
            var batchResults = await IngestBatchAsync(batch, cancellationToken);
            foreach (var result in batchResults)
                progress?.Report(result);
            results.AddRange(batchResults);
        }
        return results;
    }

    private async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(string[] files, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(files.Select(file => ReadAsync(file, cancellationToken)));
        var known = await store.GetContentHashesAsync(read.Select(r => LetterParser.IdFor(r.Path)).ToList(), cancellationToken);
        var outcomes = new (IngestResult Result, Letter? Letter)[read.Length];
        Parallel.For(0, read.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            outcomes[i] = Process(read[i], known));
        await store.SaveAsync(outcomes.Where(o => o.Letter is not null).Select(o => o.Letter!).ToList(), cancellationToken);
        return outcomes.Select(o => o.Result).ToList();
    }

    private async Task<(string Path, byte[]? Content, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return (path, await reader.ReadBytesAsync(path, cancellationToken), null);
        }
        catch (Exception e) when (e is LetterReadException or IOException or UnauthorizedAccessException)
        {
            return (path, null, e.Message);
        }
    }

    private (IngestResult, Letter?) Process((string Path, byte[]? Content, string? Error) file, IReadOnlyDictionary<string, string> known)
    {
        if (file.Content is null)
            return (new IngestResult(file.Path, IngestStatus.Failed, Error: file.Error), null);
        var id = LetterParser.IdFor(file.Path);
        if (known.TryGetValue(id, out var storedHash) && storedHash == LetterParser.HashOf(file.Content))
            return (new IngestResult(file.Path, IngestStatus.Unchanged, id), null);
        try
        {
            var letter = LetterParser.Parse(reader, file.Path, file.Content);
            var status = known.ContainsKey(id) ? IngestStatus.Replaced : IngestStatus.Added;
            var facts = letter.Facts;
            return (new IngestResult(file.Path, status, id, facts.Date, facts.Meetings.Count, facts.Deadlines.Count, letter.Warnings), letter);
        }
        catch (LetterReadException e)
        {
            return (new IngestResult(file.Path, IngestStatus.Failed, id, Error: e.Message), null);
        }
    }
}
