using System.Text.Json;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConventionBot.BotFramework.State;

/// <summary>
/// A conversation the bot is installed in — a personal chat, a group chat or a Teams channel — with the reference
/// a proactive message needs and, for a channel, its team and channel names.
/// </summary>
public sealed record Installation(
    string Key,
    ConversationReference Reference,
    string? ConversationType,
    string? TenantId,
    string? TeamId,
    string? TeamName,
    string? TeamsChannelId,
    string? TeamsChannelName,
    DateTimeOffset UpdatedAt)
{
    public static Installation From(Activity activity, DateTimeOffset now)
    {
        var teams = activity.GetTeamsChannelData();
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        return new Installation(
            $"{activity.ChannelId}/{activity.Conversation?.Id}",
            reference,
            activity.Conversation?.ConversationType,
            teams?.Tenant?.Id ?? activity.Conversation?.TenantId,
            teams?.Team?.Id,
            teams?.Team?.Name,
            teams?.Channel?.Id ?? teams?.Settings?.SelectedChannel?.Id,
            teams?.Channel?.Name,
            now);
    }
}

/// <summary>
/// Where the bot is installed (table <c>installations</c>), for proactive messages. Every reference in it was learned
/// from an authenticated activity, so the serviceUrls it hands out are trusted again — after a restart too.
/// </summary>
public sealed class SqliteInstallationStore(string path, TrustedServiceUrls trusted)
{
    private readonly SqliteDatabase _database = new(path, "CREATE TABLE IF NOT EXISTS installations (key TEXT PRIMARY KEY, value TEXT NOT NULL);");

    public async Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO installations (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = @value",
            new { key = installation.Key, value = JsonSerializer.Serialize(installation, BotJson.Options) });
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM installations WHERE key = @key", new { key });
    }

    public async Task<IReadOnlyList<Installation>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var values = await connection.QueryAsync<string>("SELECT value FROM installations ORDER BY key");
        var installations = values.Select(v => JsonSerializer.Deserialize<Installation>(v, BotJson.Options)!).ToList();
        foreach (var serviceUrl in installations.Select(i => i.Reference.ServiceUrl).OfType<string>().Distinct())
            trusted.Trust(serviceUrl);
        return installations;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
