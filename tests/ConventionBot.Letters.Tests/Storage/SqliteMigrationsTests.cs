using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Storage;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Tests.Storage;

public class SqliteMigrationsTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>FTS5 compares its index with the sentences table, and fails on any sentence indexed twice or not at all.</summary>
    internal static Task AssertIndexMatchesSentencesAsync(string path) =>
        ExecuteAsync(path, "INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)");

    [Fact]
    public async Task A_store_of_the_first_schema_is_upgraded_and_every_sentence_stays_indexed_once()
    {
        var path = _folder.File("first-schema.db");
        // A store as the first schema made it, with a letter whose sentence its insert trigger indexed.
        await ExecuteAsync(path,
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);" + SqliteMigrations.All[0].Sql +
            """
            INSERT INTO schema_migrations VALUES (1, '2026-11-01');
            INSERT INTO letters (id, file, content_hash, letter_date, text, facts_json, warnings_json, ingested_at)
                VALUES ('old', 'old.txt', 'x', '2026-01-05', 'The Maputo meeting is confirmed.', '{}', '[]', '2026-11-01');
            INSERT INTO sentences (letter_id, sentence_index, start, length, text) VALUES ('old', 0, 0, 32, 'The Maputo meeting is confirmed.');
            """);
        var store = new SqliteLetterStore(path);

        await store.InitializeAsync(CancellationToken.None);
        await new LetterIngestor(store).IngestAsync([TestFiles.SharedLetters], null, CancellationToken.None);

        await AssertIndexMatchesSentencesAsync(path);
        Assert.Contains(await store.SearchAsync("Maputo confirmed", 5, CancellationToken.None), h => h.Letter.Id == "old");
        Assert.Contains(await store.SearchAsync("Maputo", 20, CancellationToken.None), h => h.Letter.Id != "old");
    }
}
