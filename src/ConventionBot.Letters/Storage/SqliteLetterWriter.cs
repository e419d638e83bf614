using System.Text.Json;
using ConventionBot.Letters.Json;
using ConventionBot.Letters.Model;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Storage;

/// <summary>
/// Writes letters inside one transaction with prepared, reused commands: bulk ingests spend their time in
/// SQLite, not in parsing SQL again for every row.
/// </summary>
internal sealed class SqliteLetterWriter : IDisposable
{
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _letter;
    private readonly SqliteCommand _meeting;
    private readonly SqliteCommand _deadline;
    private readonly SqliteCommand _sentence;
    private readonly SqliteCommand _indexSentence;

    public SqliteLetterWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _delete = Command(connection, transaction, "DELETE FROM letters WHERE id = $id", "$id");
        _letter = Command(connection, transaction,
            """
            INSERT INTO letters (id, file, content_hash, letter_date, author, role, text, facts_json, warnings_json, ingested_at)
            VALUES ($id, $file, $hash, $date, $author, $role, $text, $facts, $warnings, $now)
            """,
            "$id", "$file", "$hash", "$date", "$author", "$role", "$text", "$facts", "$warnings", "$now");
        _meeting = Command(connection, transaction,
            "INSERT INTO meetings (letter_id, ordinal, meeting_key, starts_on, ends_on, fact_json) VALUES ($id, $ordinal, $key, $starts, $ends, $json)",
            "$id", "$ordinal", "$key", "$starts", "$ends", "$json");
        _deadline = Command(connection, transaction,
            "INSERT INTO deadlines (letter_id, ordinal, kind, due_on, fact_json) VALUES ($id, $ordinal, $kind, $due, $json)",
            "$id", "$ordinal", "$kind", "$due", "$json");
        _sentence = Command(connection, transaction,
            "INSERT INTO sentences (letter_id, sentence_index, start, length, text) VALUES ($id, $index, $start, $length, $text)",
            "$id", "$index", "$start", "$length", "$text");
        // Indexed here rather than by a trigger: the trigger made every sentence's insert cost half as much again.
        _indexSentence = Command(connection, transaction, "INSERT INTO sentences_fts (rowid, text) VALUES (last_insert_rowid(), $text)", "$text");
    }

    public void Write(Letter letter)
    {
        // Deleting cascades to the letter's meetings, deadlines and sentences; a trigger unindexes the sentences.
        Run(_delete, letter.Id);
        var facts = letter.Facts;
        Run(_letter, letter.Id, letter.File, letter.ContentHash, Date(facts.Date), facts.Author, facts.Role, letter.Text,
            JsonSerializer.Serialize(facts, LetterJson.Options), JsonSerializer.Serialize(letter.Warnings, LetterJson.Options),
            DateTime.UtcNow.ToString("O"));
        for (var i = 0; i < facts.Meetings.Count; i++)
        {
            var meeting = facts.Meetings[i];
            Run(_meeting, letter.Id, i, meeting.Key, Date(meeting.EarliestStart), Date(meeting.LatestEnd), JsonSerializer.Serialize(meeting, LetterJson.Options));
        }
        for (var i = 0; i < facts.Deadlines.Count; i++)
        {
            var deadline = facts.Deadlines[i];
            Run(_deadline, letter.Id, i, deadline.Kind.ToString(), Date(deadline.Due), JsonSerializer.Serialize(deadline, LetterJson.Options));
        }
        foreach (var sentence in letter.Sentences)
        {
            Run(_sentence, letter.Id, sentence.Index, sentence.Start, sentence.Length, sentence.Text);
            Run(_indexSentence, sentence.Text);
        }
    }

    public void Dispose()
    {
        _delete.Dispose();
        _letter.Dispose();
        _meeting.Dispose();
        _deadline.Dispose();
        _sentence.Dispose();
        _indexSentence.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static string? Date(DateOnly? day) => day is { } d ? SqliteLetterStore.Iso(d) : null;
}
