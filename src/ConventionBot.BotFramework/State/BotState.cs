using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.State;

/// <summary>
/// State scoped to a conversation or a user, as the SDK's BotState: loaded into the turn the first time the turn
/// reads or changes it (a turn that never touches state costs no read), saved at the end — only if changed — with
/// the ETag it was loaded with.
/// </summary>
public abstract class BotState(IStorage storage, string name)
{
    private sealed class Cached(JsonObject state, string? etag)
    {
        private readonly string _asLoaded = state.ToJsonString();

        public JsonObject State { get; } = state;
        public string? ETag { get; } = etag;

        public bool Changed => State.ToJsonString() != _asLoaded;
    }

    protected abstract string? KeyFor(Activity activity);

    public async Task LoadAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TurnState.ContainsKey(name) || KeyFor(turn.Activity) is not { } key)
            return;
        var items = await storage.ReadAsync([key], cancellationToken);
        turn.TurnState[name] = items.TryGetValue(key, out var item)
            ? new Cached(JsonNode.Parse(item.Value.GetRawText())!.AsObject(), item.ETag)
            : new Cached([], null);
    }

    public async Task<T?> GetAsync<T>(ITurnContext turn, string property, CancellationToken cancellationToken) =>
        (await LoadedAsync(turn, cancellationToken)).State[property] is { } node ? node.Deserialize<T>(BotJson.Options) : default;

    public async Task SetAsync<T>(ITurnContext turn, string property, T value, CancellationToken cancellationToken) =>
        (await LoadedAsync(turn, cancellationToken)).State[property] = JsonSerializer.SerializeToNode(value, BotJson.Options);

    public async Task RemoveAsync(ITurnContext turn, string property, CancellationToken cancellationToken) =>
        (await LoadedAsync(turn, cancellationToken)).State.Remove(property);

    /// <summary>Writes the state if the turn changed it; an unchanged state costs no write.</summary>
    /// <exception cref="PreconditionFailedException">The state was changed by another turn meanwhile.</exception>
    public async Task SaveChangesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.TurnState.TryGetValue(name, out var value) || value is not Cached { Changed: true } cached || KeyFor(turn.Activity) is not { } key)
        {
            turn.TurnState.Remove(name);
            return;
        }
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.SerializeToElement(cached.State), cached.ETag ?? "*") }, cancellationToken);
        turn.TurnState.Remove(name);
    }

    public async Task DeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        turn.TurnState.Remove(name);
        if (KeyFor(turn.Activity) is { } key)
            await storage.DeleteAsync([key], cancellationToken);
    }

    private async Task<Cached> LoadedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await LoadAsync(turn, cancellationToken);
        return turn.TurnState.TryGetValue(name, out var value) && value is Cached cached
            ? cached
            : throw new InvalidOperationException($"{name} has no key for this activity (no conversation or user id)");
    }
}

public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.Conversation?.Id is { } conversation ? $"{channel}/conversations/{conversation}" : null;
}

public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.From?.Id is { } user ? $"{channel}/users/{user}" : null;
}
