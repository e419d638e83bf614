using System.Globalization;
using System.Text.Json;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using Dapper;

namespace ConventionBot.Reminders;

/// <summary>
/// Who asked for deadline reminders (with the conversation to remind them in), and which reminders went out. The
/// references were learned from authenticated activities: their serviceUrls are trusted again when read.
/// </summary>
public sealed class ReminderStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminder_subscribers (
            user_key TEXT PRIMARY KEY,
            reference_json TEXT NOT NULL,
            since TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS reminders_sent (
            user_key TEXT NOT NULL,
            deadline_key TEXT NOT NULL,
            days_before INTEGER NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (user_key, deadline_key, days_before));
        """;

    private readonly SqliteDatabase _database;
    private readonly TrustedServiceUrls _trusted;

    public ReminderStore(string path, TrustedServiceUrls trusted)
    {
        _trusted = trusted;
        _database = new SqliteDatabase(path, Schema);
    }

    public sealed record Subscriber(string UserKey, ConversationReference Reference);

    public static string UserKeyOf(Activity activity) => $"{activity.ChannelId}/{activity.From?.Id}";

    public async Task SubscribeAsync(Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO reminder_subscribers (user_key, reference_json, since) VALUES (@key, @json, @since) ON CONFLICT(user_key) DO UPDATE SET reference_json = excluded.reference_json",
            new { key = UserKeyOf(activity), json = JsonSerializer.Serialize(reference, BotJson.Options), since = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) });
    }

    /// <returns>False when the user had not asked for reminders.</returns>
    public async Task<bool> UnsubscribeAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM reminder_subscribers WHERE user_key = @key", new { key = UserKeyOf(activity) }) > 0;
    }

    public async Task<IReadOnlyList<Subscriber>> SubscribersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, string Json)>("SELECT user_key, reference_json FROM reminder_subscribers ORDER BY user_key");
        var subscribers = rows.Select(r => new Subscriber(r.Key, JsonSerializer.Deserialize<ConversationReference>(r.Json, BotJson.Options)!)).ToList();
        foreach (var serviceUrl in subscribers.Select(s => s.Reference.ServiceUrl).OfType<string>().Distinct())
            _trusted.Trust(serviceUrl);
        return subscribers;
    }

    /// <summary>
    /// Claims a reminder before it is sent: true only for the first claim, so no reminder goes out twice — not after a
    /// restart, not from two instances. A reminder whose sending fails is released to be tried again.
    /// </summary>
    public async Task<bool> ClaimAsync(string userKey, string deadlineKey, int daysBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO reminders_sent (user_key, deadline_key, days_before, sent_at) VALUES (@userKey, @deadlineKey, @daysBefore, @now)",
            new { userKey, deadlineKey, daysBefore, now = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) }) == 1;
    }

    public async Task ReleaseAsync(string userKey, string deadlineKey, int daysBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM reminders_sent WHERE user_key = @userKey AND deadline_key = @deadlineKey AND days_before = @daysBefore",
            new { userKey, deadlineKey, daysBefore });
    }
}
