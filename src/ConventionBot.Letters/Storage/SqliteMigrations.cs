namespace ConventionBot.Letters.Storage;

/// <summary>
/// The SQLite schema, version by version. A migration is never edited once released: a change is a new version.
/// Sentences live in a plain table (for lookups by letter) with an external-content FTS5 index kept in step by
/// triggers, so the text is stored once and a letter's sentences can be deleted by id without scanning the index.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE letters (
                id TEXT PRIMARY KEY,
                file TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                letter_date TEXT,
                author TEXT,
                role TEXT,
                text TEXT NOT NULL,
                facts_json TEXT NOT NULL,
                warnings_json TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX letters_by_date ON letters(letter_date);

            CREATE TABLE meetings (
                letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                meeting_key TEXT NOT NULL,
                starts_on TEXT,
                ends_on TEXT,
                fact_json TEXT NOT NULL,
                PRIMARY KEY (letter_id, ordinal)
            );
            CREATE INDEX meetings_by_end ON meetings(ends_on);
            CREATE INDEX meetings_by_key ON meetings(meeting_key);

            CREATE TABLE deadlines (
                letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                due_on TEXT NOT NULL,
                fact_json TEXT NOT NULL,
                PRIMARY KEY (letter_id, ordinal)
            );
            CREATE INDEX deadlines_by_due ON deadlines(due_on);

            CREATE TABLE sentences (
                rowid INTEGER PRIMARY KEY,
                letter_id TEXT NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                sentence_index INTEGER NOT NULL,
                start INTEGER NOT NULL,
                length INTEGER NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX sentences_by_letter ON sentences(letter_id);

            CREATE VIRTUAL TABLE sentences_fts USING fts5(
                text, content='sentences', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
            CREATE TRIGGER sentences_indexed AFTER INSERT ON sentences BEGIN
                INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
            END;
            CREATE TRIGGER sentences_unindexed AFTER DELETE ON sentences BEGIN
                INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            END;
            """),
        // A generation, bumped by every write, so that what is derived from the whole index (search's word counts)
        // is counted again only when the letters have changed. Sentences are indexed by the writer itself from now
        // on (an insert trigger on a virtual table made each insert half as dear again); deleting still unindexes
        // through the trigger, as it is rare and must never be missed. The unused index on meeting keys goes.
        (2, """
            CREATE TABLE store_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
            INSERT INTO store_generation (id, value) VALUES (1, 0);
            DROP TRIGGER sentences_indexed;
            DROP INDEX meetings_by_key;
            """),
    ];
}
