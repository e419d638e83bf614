namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// The activity keys delivered within a time window, oldest first, so that forgetting the expired ones costs only
/// what expired — a sweep of everything remembered on each turn stalled the host once it held many keys.
/// Bounded: once it holds its capacity of keys, the oldest is forgotten before its window ends to make room.
/// </summary>
internal sealed class RecentDeliveries(TimeSpan window, int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset DeliveredAt)> _oldestFirst = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _keys.Count;
        }
    }

    /// <summary>True the first time a key is delivered within the window; false for a second delivery.</summary>
    public bool TryRemember(string key, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_oldestFirst.TryPeek(out var oldest) && now - oldest.DeliveredAt >= window)
                ForgetOldest();
            if (_keys.Contains(key))
                return false;
            if (_keys.Count == capacity)
                ForgetOldest();
            _keys.Add(key);
            _oldestFirst.Enqueue((key, now));
            return true;
        }
    }

    private void ForgetOldest() => _keys.Remove(_oldestFirst.Dequeue().Key);
}
