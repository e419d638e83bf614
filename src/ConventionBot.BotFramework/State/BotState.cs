using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.State;

/// <summary>
/// State scoped to a conversation or a user, as the SDK's BotState: loaded once per turn into the turn, read and
/// changed through property accessors, saved at the end with the ETag it was loaded with.
/// </summary>
public abstract class BotState(IStorage storage, string name)
{
    private sealed class Cached(JsonObject state, string? etag)
    {
        public JsonObject State { get; } = state;
        public string? ETag { get; } = etag;
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

    public T? Get<T>(ITurnContext turn, string property) =>
        Loaded(turn).State[property] is { } node ? node.Deserialize<T>(BotJson.Options) : default;

    public void Set<T>(ITurnContext turn, string property, T value) =>
        Loaded(turn).State[property] = JsonSerializer.SerializeToNode(value, BotJson.Options);

    public void Remove(ITurnContext turn, string property) => Loaded(turn).State.Remove(property);

    /// <exception cref="PreconditionFailedException">The state was changed by another turn meanwhile.</exception>
    public async Task SaveChangesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!turn.TurnState.TryGetValue(name, out var value) || value is not Cached cached || KeyFor(turn.Activity) is not { } key)
            return;
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.SerializeToElement(cached.State), cached.ETag ?? "*") }, cancellationToken);
        turn.TurnState.Remove(name);
    }

    public async Task DeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        turn.TurnState.Remove(name);
        if (KeyFor(turn.Activity) is { } key)
            await storage.DeleteAsync([key], cancellationToken);
    }

    private Cached Loaded(ITurnContext turn) =>
        turn.TurnState.TryGetValue(name, out var value) && value is Cached cached
            ? cached
            : throw new InvalidOperationException($"{name} was not loaded for this turn");
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
