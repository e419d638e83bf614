using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ConventionBot.BotFramework.State;

/// <summary>
/// A SQLite file and the schema one component needs in it, created (folder included) once before the first
/// connection is handed out — also when the first two turns arrive at the same moment (as an install's two
/// activities do).
/// </summary>
public sealed class SqliteDatabase(string path, string schema)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
            EnsureFolder(path);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Under WAL, NORMAL loses no committed write when the process dies (only on power loss), and spares an fsync per
        // commit. The setting lives on the native connection, which the pool hands out again: set once per handle,
        // not on every open (twice a turn).
        if (!_configured.TryGetValue(connection.Handle!, out _))
        {
            await using (var pragma = new SqliteCommand("PRAGMA synchronous = NORMAL;", connection))
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            _configured.TryAdd(connection.Handle!, true);
        }
        if (!_created)
            await CreateSchemaAsync(connection, cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (_created)
                return;
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;\n" + schema);
            _created = true;
        }
        finally
        {
            _creating.Release();
        }
    }

    private static void EnsureFolder(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
    }
}
