using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Answering;

/// <summary>
/// The facts the bot answers from, in memory. Loaded after the start-up ingest and loaded again whenever letters
/// are ingested, so a question never waits on the database for facts.
/// </summary>
public sealed class FactIndexProvider(ILetterStore store)
{
    private FactIndex? _current;

    public async Task<FactIndex> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await ReloadAsync(cancellationToken);

    public async Task<FactIndex> ReloadAsync(CancellationToken cancellationToken)
    {
        var index = await FactIndex.LoadAsync(store, cancellationToken);
        _current = index;
        return index;
    }
}
