using System.Collections.Concurrent;
using System.Text.Json;
using ConventionBot.Letters.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Storage;

/// <summary>
/// Sentence search over the FTS5 index, ranked by <see cref="Bm25"/>.
/// <para>
/// Why not FTS5's own bm25(): on every query it counts, for each term, every sentence containing it — a walk over
/// the term's whole posting list, eight milliseconds for a word like "meetings" in a hundred thousand letters, before
/// a single row is ranked. Those counts only change when letters are written, so they are kept here per store
/// generation (a counter <see cref="SqliteLetterStore.SaveAsync"/> bumps), and the row count and average length come
/// from the index's own statistics record, as bm25() reads them. A query then costs the walk over the newest
/// <see cref="RankingWindow"/> matching sentences only.
/// </para>
/// </summary>
internal sealed class SqliteSentenceSearch
{
    /// <summary>
    /// How many matching sentences are ranked, newest first (rowids grow with ingest order). Exact for any query that
    /// matches fewer sentences than this — a whole real secretariat's store for all but its commonest words.
    /// </summary>
    public const int RankingWindow = 500;

    private TermCounts _counts = new(-1);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SqliteConnection connection, string words, int limit)
    {
        var terms = FtsQuery.Terms(words);
        if (terms.Count == 0 || await ReadIndexStatisticsAsync(connection) is not { } index)
            return [];
        var counts = _counts.Generation == index.Generation ? _counts : _counts = new TermCounts(index.Generation);
        var matching = new long[terms.Count];
        for (var t = 0; t < terms.Count; t++)
            matching[t] = await counts.MatchingAsync(connection, terms[t]);
        var idf = matching.Select(m => Bm25.InverseDocumentFrequency(index.Rows, m)).ToArray();

        // Every sentence holding every word, when the rarest word is rare enough for that to be cheap to find (an
        // AND over common words walks their whole lists, even to find nothing); those come first. When they are
        // too few, or were not looked for, the newest sentences holding any of the words are ranked with them.
        var candidates = new Dictionary<long, Candidate>();
        var everyWordLookedFor = matching.Min() <= RankingWindow;
        if (everyWordLookedFor)
        {
            foreach (var (rowId, tokens) in await NewestMatchesAsync(connection, FtsQuery.AllOf(terms)))
                candidates[rowId] = new Candidate(tokens, (1 << terms.Count) - 1);
        }
        if (candidates.Count < limit && !(everyWordLookedFor && terms.Count == 1))
            await AddAnyTermMatchesAsync(connection, terms, candidates);

        var best = candidates
            .Select(c => (RowId: c.Key, Score: Bm25.Score(MatchedIdf(c.Value.Terms, idf), c.Value.Tokens, index.AverageTokens)))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.RowId)
            .Take(limit)
            .ToList();
        var sentences = await ReadSentencesAsync(connection, best.Select(b => b.RowId));
        // A sentence replaced by a write since it was found is left out rather than shown stale.
        return best.Where(b => sentences.ContainsKey(b.RowId)).Select(b => sentences[b.RowId] with { Score = b.Score }).ToList();
    }

    /// <summary>
    /// The newest window of sentences matching any term. A sentence in the newest window of "any term" is in the
    /// newest window of each term it contains, so reading each term's window tells exactly which terms each holds.
    /// </summary>
    private static async Task AddAnyTermMatchesAsync(SqliteConnection connection, IReadOnlyList<string> terms, Dictionary<long, Candidate> candidates)
    {
        var anyTerm = new Dictionary<long, Candidate>();
        for (var t = 0; t < terms.Count; t++)
        {
            foreach (var (rowId, tokens) in await NewestMatchesAsync(connection, terms[t]))
                anyTerm[rowId] = new Candidate(tokens, (anyTerm.TryGetValue(rowId, out var seen) ? seen.Terms : 0) | 1 << t);
        }
        foreach (var (rowId, candidate) in anyTerm.OrderByDescending(a => a.Key).Take(RankingWindow))
            candidates.TryAdd(rowId, candidate);
    }

    private static async Task<List<(long RowId, long Tokens)>> NewestMatchesAsync(SqliteConnection connection, string query)
    {
        // The docsize row holds the sentence's token count, one varint per column: what bm25() reads for length.
        // CROSS JOIN keeps the index walk outside: SQLite would otherwise pick a plan that reads docsize first.
        // A plain reader, not Dapper: this is the loop a search spends its time in, and boxing each value showed.
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT f.rowid, d.sz FROM sentences_fts f CROSS JOIN sentences_fts_docsize d ON d.id = f.rowid
            WHERE sentences_fts MATCH $query ORDER BY f.rowid DESC LIMIT $window
            """;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$window", RankingWindow);
        await using var reader = await command.ExecuteReaderAsync();
        var matches = new List<(long, long)>();
        while (await reader.ReadAsync())
        {
            var offset = 0;
            matches.Add((reader.GetInt64(0), SqliteVarint.Read(reader.GetFieldValue<byte[]>(1), ref offset)));
        }
        return matches;
    }

    private static double MatchedIdf(int terms, double[] idf)
    {
        var sum = 0.0;
        for (var t = 0; t < idf.Length; t++)
        {
            if ((terms & 1 << t) != 0)
                sum += idf[t];
        }
        return sum;
    }

    /// <summary>The store's generation and FTS5's averages record: the number of rows, then the total tokens of each column.</summary>
    private static async Task<IndexStatistics?> ReadIndexStatisticsAsync(SqliteConnection connection)
    {
        var (generation, averages) = await connection.QuerySingleAsync<(long, byte[]?)>(
            "SELECT (SELECT value FROM store_generation), (SELECT block FROM sentences_fts_data WHERE id = 1)");
        if (averages is not { Length: > 0 })
            return null;
        var offset = 0;
        var rows = SqliteVarint.Read(averages, ref offset);
        var tokens = SqliteVarint.Read(averages, ref offset);
        return rows == 0 ? null : new IndexStatistics(generation, rows, (double)tokens / rows);
    }

    private static async Task<Dictionary<long, SearchHit>> ReadSentencesAsync(SqliteConnection connection, IEnumerable<long> rowIds)
    {
        var rows = await connection.QueryAsync<SentenceRow>(
            """
            SELECT s.rowid AS RowId, s.letter_id AS LetterId, l.file AS File, l.letter_date AS LetterDate, l.author AS Author, l.role AS Role,
                   s.sentence_index AS SentenceIndex, s.start AS Start, s.length AS Length, s.text AS Text
            FROM sentences s JOIN letters l ON l.id = s.letter_id
            WHERE s.rowid IN (SELECT value FROM json_each(@rowIds))
            """,
            new { rowIds = JsonSerializer.Serialize(rowIds) });
        return rows.ToDictionary(r => r.RowId, r => new SearchHit(
            new LetterRef(r.LetterId, r.File, SqliteLetterStore.ParseDate(r.LetterDate), r.Author, r.Role),
            new SourceSentence((int)r.SentenceIndex, (int)r.Start, (int)r.Length, r.Text),
            0));
    }

    private sealed record IndexStatistics(long Generation, long Rows, double AverageTokens);

    private readonly record struct Candidate(long Tokens, int Terms);

    /// <summary>How many sentences contain each term, counted once per store generation.</summary>
    private sealed class TermCounts(long generation)
    {
        private readonly ConcurrentDictionary<string, long> _matching = new();

        public long Generation { get; } = generation;

        public async Task<long> MatchingAsync(SqliteConnection connection, string term)
        {
            if (_matching.TryGetValue(term, out var count))
                return count;
            count = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH @term", new { term });
            return _matching[term] = count;
        }
    }

    /// <summary>A class with setters, not a positional record: SQLite reports no column types for an empty result, which Dapper needs to pick a constructor.</summary>
    private sealed class SentenceRow
    {
        public long RowId { get; init; }
        public string LetterId { get; init; } = "";
        public string File { get; init; } = "";
        public string? LetterDate { get; init; }
        public string? Author { get; init; }
        public string? Role { get; init; }
        public long SentenceIndex { get; init; }
        public long Start { get; init; }
        public long Length { get; init; }
        public string Text { get; init; } = "";
    }
}
