using System.Globalization;
using ConventionBot.BotFramework.State;
using Dapper;

namespace ConventionBot.Dialogs.Announcements;

/// <summary>Which meeting was announced in which channel, and when: so that posting it there again asks first.</summary>
public sealed class AnnouncementLog
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS announcements_posted (
            meeting_key TEXT NOT NULL,
            channel_key TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            PRIMARY KEY (meeting_key, channel_key));
        """;

    private readonly SqliteDatabase _database;

    public AnnouncementLog(string path)
    {
        _database = new SqliteDatabase(path, Schema);
    }

    /// <summary>Of <paramref name="channels"/>, those where the meeting was announced already, with when.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> PostedBeforeAsync(string meetingKey, IReadOnlyCollection<string> channels, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Channel, string At)>(
            "SELECT channel_key, posted_at FROM announcements_posted WHERE meeting_key = @meetingKey", new { meetingKey });
        return rows.Where(r => channels.Contains(r.Channel))
            .ToDictionary(r => r.Channel, r => DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture));
    }

    public async Task RecordAsync(string meetingKey, string channelKey, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO announcements_posted (meeting_key, channel_key, posted_at) VALUES (@meetingKey, @channelKey, @at) ON CONFLICT(meeting_key, channel_key) DO UPDATE SET posted_at = excluded.posted_at",
            new { meetingKey, channelKey, at = at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) });
    }
}
