using System.Globalization;
using System.Text.Json;
using ConventionBot.Letters.Json;
using ConventionBot.Letters.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Storage;

/// <summary>The letter store in one SQLite file, created on first use; see <see cref="SqliteMigrations"/> for the schema.</summary>
public sealed class SqliteLetterStore : ILetterStore
{
    private readonly string _connectionString;
    private readonly SqliteSentenceSearch _search = new();

    public SqliteLetterStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, ForeignKeys = true }.ToString();
    }

    public string Path { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);");
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
        foreach (var (version, sql) in SqliteMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @now)",
                new { version, now = DateTime.UtcNow.ToString("O") }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Hash)>(
            "SELECT id, content_hash FROM letters WHERE id IN (SELECT value FROM json_each(@ids))",
            new { ids = JsonSerializer.Serialize(ids) });
        return rows.ToDictionary(r => r.Id, r => r.Hash);
    }

    public async Task SaveAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken)
    {
        if (letters.Count == 0)
            return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteLetterWriter(connection, transaction);
        foreach (var letter in letters)
            writer.Write(letter);
        await connection.ExecuteAsync("UPDATE store_generation SET value = value + 1", transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Letter?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LetterRow>(LetterRow.Select + " WHERE id = @id", new { id });
        return row is null ? null : await ToLetterAsync(connection, row);
    }

    public async Task<IReadOnlyList<Letter>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LetterRow>(LetterRow.Select + " ORDER BY letter_date, id");
        // One query for every sentence, not one per letter.
        var sentences = (await connection.QueryAsync<(string LetterId, long Index, long Start, long Length, string Text)>(
                "SELECT letter_id, sentence_index, start, length, text FROM sentences ORDER BY letter_id, sentence_index"))
            .ToLookup(s => s.LetterId, s => new SourceSentence((int)s.Index, (int)s.Start, (int)s.Length, s.Text));
        return rows.Select(row => ToLetter(row, sentences[row.Id].ToList())).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM letters");
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string words, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await _search.SearchAsync(connection, words, limit);
    }

    public async Task<IReadOnlyList<LetterMeeting>> GetMeetingsEndingOnOrAfterAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FactRow>(
            FactRow.Select("meetings", "m") + " WHERE m.ends_on >= @day ORDER BY m.starts_on, l.letter_date",
            new { day = Iso(day) });
        return rows.Select(r => new LetterMeeting(r.ToRef(), Deserialize<Meeting>(r.FactJson))).ToList();
    }

    public async Task<IReadOnlyList<LetterDeadline>> GetDeadlinesDueOnOrAfterAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FactRow>(
            FactRow.Select("deadlines", "d") + " WHERE d.due_on >= @day ORDER BY d.due_on, l.letter_date",
            new { day = Iso(day) });
        return rows.Select(r => new LetterDeadline(r.ToRef(), Deserialize<Deadline>(r.FactJson))).ToList();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<Letter> ToLetterAsync(SqliteConnection connection, LetterRow row)
    {
        var sentences = await connection.QueryAsync<(long Index, long Start, long Length, string Text)>(
            "SELECT sentence_index, start, length, text FROM sentences WHERE letter_id = @id ORDER BY sentence_index", new { id = row.Id });
        return ToLetter(row, sentences.Select(s => new SourceSentence((int)s.Index, (int)s.Start, (int)s.Length, s.Text)).ToList());
    }

    private static Letter ToLetter(LetterRow row, IReadOnlyList<SourceSentence> sentences) =>
        new(row.Id, row.File, row.ContentHash, row.Text, sentences, Deserialize<LetterFacts>(row.FactsJson), Deserialize<List<string>>(row.WarningsJson));

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, LetterJson.Options) ?? throw new InvalidDataException($"stored {typeof(T).Name} is null");

    private sealed record LetterRow(string Id, string File, string ContentHash, string Text, string FactsJson, string WarningsJson)
    {
        public const string Select =
            "SELECT id AS Id, file AS File, content_hash AS ContentHash, text AS Text, facts_json AS FactsJson, warnings_json AS WarningsJson FROM letters";
    }

    private sealed record FactRow(string LetterId, string File, string? LetterDate, string? Author, string? Role, string FactJson)
    {
        public static string Select(string table, string alias) =>
            $"SELECT l.id AS LetterId, l.file AS File, l.letter_date AS LetterDate, l.author AS Author, l.role AS Role, {alias}.fact_json AS FactJson " +
            $"FROM {table} {alias} JOIN letters l ON l.id = {alias}.letter_id";

        public LetterRef ToRef() => new(LetterId, File, ParseDate(LetterDate), Author, Role);
    }
}
