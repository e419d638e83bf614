using System.Globalization;
using System.Text.Json;
using ConventionBot.BotFramework.State;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Dialogs.Records;

/// <summary>
/// Registrations and inputs to the President, in the app's SQLite file. Every write is keyed by the submission id the
/// review card carried, recorded in the same transaction: a confirm delivered twice — or retried after the process
/// died between the write and the reply — finds its record instead of writing a second one.
/// </summary>
public sealed class SqliteRecordStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS registrations (
            reference TEXT PRIMARY KEY,
            meeting_key TEXT NOT NULL,
            meeting_name TEXT NOT NULL,
            email_key TEXT NOT NULL,
            record_json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT,
            UNIQUE (meeting_key, email_key));
        CREATE TABLE IF NOT EXISTS input_submissions (
            reference TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            record_json TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS processed_submissions (
            submission_id TEXT PRIMARY KEY,
            reference TEXT NOT NULL);
        """;

    private readonly SqliteDatabase _database;

    public SqliteRecordStore(string path)
    {
        _database = new SqliteDatabase(path, Schema);
    }

    /// <summary>Stores a new registration, unless this submission was stored already or the e-mail is registered for the meeting.</summary>
    public async Task<SaveOutcome<Registration>> RegisterAsync(string submissionId, Registration registration, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (await ProcessedAsync(connection, transaction, submissionId) is { } reference)
            return new SaveOutcome<Registration>(SaveStatus.AlreadyStored, (await GetRegistrationAsync(connection, transaction, reference))!);
        if (await FindRegistrationAsync(connection, transaction, registration) is { } existing)
            return new SaveOutcome<Registration>(SaveStatus.EmailTaken, existing);
        await connection.ExecuteAsync(
            "INSERT INTO registrations (reference, meeting_key, meeting_name, email_key, record_json, created_at) VALUES (@Reference, @MeetingKey, @MeetingName, @email, @json, @created)",
            new { registration.Reference, registration.MeetingKey, registration.MeetingName, email = EmailKey(registration.Email), json = Write(registration), created = Iso(registration.CreatedAt) }, transaction);
        await MarkProcessedAsync(connection, transaction, submissionId, registration.Reference);
        await transaction.CommitAsync(cancellationToken);
        return new SaveOutcome<Registration>(SaveStatus.Created, registration);
    }

    /// <summary>Replaces the details of the registration for the same meeting and e-mail, keeping its reference.</summary>
    public async Task<SaveOutcome<Registration>> UpdateRegistrationAsync(string submissionId, Registration registration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (await ProcessedAsync(connection, transaction, submissionId) is { } done)
            return new SaveOutcome<Registration>(SaveStatus.AlreadyStored, (await GetRegistrationAsync(connection, transaction, done))!);
        var kept = await FindRegistrationAsync(connection, transaction, registration)
            ?? throw new InvalidOperationException("there is no registration to update for that meeting and e-mail");
        var updated = registration with { Reference = kept.Reference, CreatedAt = kept.CreatedAt, UpdatedAt = now };
        await connection.ExecuteAsync("UPDATE registrations SET record_json = @json, updated_at = @now WHERE reference = @reference",
            new { json = Write(updated), now = Iso(now), reference = kept.Reference }, transaction);
        await MarkProcessedAsync(connection, transaction, submissionId, kept.Reference);
        await transaction.CommitAsync(cancellationToken);
        return new SaveOutcome<Registration>(SaveStatus.Updated, updated);
    }

    public async Task<SaveOutcome<InputSubmission>> SubmitInputAsync(string submissionId, InputSubmission input, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (await ProcessedAsync(connection, transaction, submissionId) is { } reference)
        {
            var stored = await connection.QuerySingleAsync<string>("SELECT record_json FROM input_submissions WHERE reference = @reference", new { reference }, transaction);
            return new SaveOutcome<InputSubmission>(SaveStatus.AlreadyStored, Read<InputSubmission>(stored));
        }
        await connection.ExecuteAsync("INSERT INTO input_submissions (reference, subject, record_json, created_at) VALUES (@Reference, @Subject, @json, @created)",
            new { input.Reference, input.Subject, json = Write(input), created = Iso(input.CreatedAt) }, transaction);
        await MarkProcessedAsync(connection, transaction, submissionId, input.Reference);
        await transaction.CommitAsync(cancellationToken);
        return new SaveOutcome<InputSubmission>(SaveStatus.Created, input);
    }

    /// <summary>Registrations, oldest first; those for one meeting when <paramref name="meetingKey"/> is given.</summary>
    public async Task<IReadOnlyList<Registration>> ListRegistrationsAsync(string? meetingKey, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            "SELECT record_json FROM registrations WHERE @meeting IS NULL OR meeting_key = @meeting ORDER BY created_at, reference", new { meeting = meetingKey });
        return rows.Select(Read<Registration>).ToList();
    }

    /// <summary>Inputs to the President, oldest first; those on one subject when <paramref name="subject"/> is given.</summary>
    public async Task<IReadOnlyList<InputSubmission>> ListInputsAsync(string? subject, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            "SELECT record_json FROM input_submissions WHERE @subject IS NULL OR subject = @subject ORDER BY created_at, reference", new { subject });
        return rows.Select(Read<InputSubmission>).ToList();
    }

    /// <summary>A new reference number: a prefix and eight characters of a fresh GUID, easy to read out on the phone.</summary>
    public static string NewReference(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)].ToUpperInvariant();

    private static async Task<Registration?> GetRegistrationAsync(SqliteConnection connection, SqliteTransaction transaction, string reference) =>
        await connection.QuerySingleOrDefaultAsync<string>("SELECT record_json FROM registrations WHERE reference = @reference", new { reference }, transaction) is { } json
            ? Read<Registration>(json)
            : null;

    /// <summary>The registration stored for the same meeting and e-mail as this one, if any.</summary>
    private static async Task<Registration?> FindRegistrationAsync(SqliteConnection connection, SqliteTransaction transaction, Registration registration) =>
        await connection.QuerySingleOrDefaultAsync<string>(
            "SELECT record_json FROM registrations WHERE meeting_key = @meeting AND email_key = @email",
            new { meeting = registration.MeetingKey, email = EmailKey(registration.Email) }, transaction) is { } json
            ? Read<Registration>(json)
            : null;

    private static Task<string?> ProcessedAsync(SqliteConnection connection, SqliteTransaction transaction, string submissionId) =>
        connection.QuerySingleOrDefaultAsync<string?>("SELECT reference FROM processed_submissions WHERE submission_id = @submissionId", new { submissionId }, transaction);

    private static Task MarkProcessedAsync(SqliteConnection connection, SqliteTransaction transaction, string submissionId, string reference) =>
        connection.ExecuteAsync("INSERT INTO processed_submissions (submission_id, reference) VALUES (@submissionId, @reference)", new { submissionId, reference }, transaction);

    private static string EmailKey(string email) => email.Trim().ToLowerInvariant();

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Write<T>(T record) => JsonSerializer.Serialize(record, Json);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;
}
