using System.Collections.Concurrent;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// The connector addresses learned from authenticated activities (and from conversation references stored from
/// them). The bot's token is sent only to these: a forged serviceUrl must never receive it.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls.TryAdd(Normalise(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalise(serviceUrl));

    private static string Normalise(string url) => url.TrimEnd('/');
}
