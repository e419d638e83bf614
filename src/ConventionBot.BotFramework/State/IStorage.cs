using System.Text.Json;

namespace ConventionBot.BotFramework.State;

/// <summary>A stored value and the ETag it was read with.</summary>
public sealed record StoreItem(JsonElement Value, string? ETag = null);

/// <summary>Another writer changed the item since it was read.</summary>
public sealed class PreconditionFailedException(string key) : Exception($"'{key}' was changed by another turn since it was read");

/// <summary>
/// Key-value state with optimistic concurrency, as the SDK's IStorage: a write carrying the ETag it read succeeds
/// only if nobody wrote since; ETag null or "*" writes unconditionally.
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <exception cref="PreconditionFailedException">An ETag did not match; nothing of the batch was written.</exception>
    Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
