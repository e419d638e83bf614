using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConventionBot.BotFramework.State;

/// <summary>
/// IStorage in a SQLite file (table <c>bot_state</c>); ETags are fresh GUIDs on every write. Keys are bound one
/// parameter each (Dapper expands <c>IN @keys</c>): reading them out of a JSON array with json_each took twice as long.
/// </summary>
public sealed class SqliteStorage(string path) : IStorage
{
    private readonly SqliteDatabase _database = new(path, "CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL);");

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Key, string Value, string ETag)>(
            "SELECT key, value, etag FROM bot_state WHERE key IN @keys", new { keys });
        return rows.ToDictionary(r => r.Key, r => new StoreItem(JsonDocument.Parse(r.Value).RootElement.Clone(), r.ETag));
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, item) in changes)
        {
            var value = item.Value.GetRawText();
            var etag = Guid.NewGuid().ToString("N");
            if (item.ETag is null or "*")
            {
                await connection.ExecuteAsync(
                    "INSERT INTO bot_state (key, value, etag) VALUES (@key, @value, @etag) ON CONFLICT(key) DO UPDATE SET value = @value, etag = @etag",
                    new { key, value, etag }, transaction);
                continue;
            }
            var updated = await connection.ExecuteAsync(
                "UPDATE bot_state SET value = @value, etag = @etag WHERE key = @key AND etag = @old",
                new { key, value, etag, old = item.ETag }, transaction);
            if (updated == 0)
                throw new PreconditionFailedException(key);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM bot_state WHERE key IN @keys", new { keys });
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
