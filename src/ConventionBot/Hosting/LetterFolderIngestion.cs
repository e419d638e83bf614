using ConventionBot.Bot;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Hosting;

/// <summary>
/// At start, brings the store up to date with the configured letters folder (<c>ConventionBot:Letters:Path</c>,
/// default the sample letters shipped beside the app): unchanged letters are skipped, so a restart costs a hash per
/// file. A relative configured path is taken from the working directory.
/// </summary>
public sealed class LetterFolderIngestion(ILetterStore store, FactIndexProvider facts, IConfiguration configuration, ILogger<LetterFolderIngestion> logger) : IHostedService
{
    public const string ConfigurationKey = "ConventionBot:Letters:Path";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var folder = configuration[ConfigurationKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "samples", "letters");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Letters folder {Folder} does not exist; nothing ingested", folder);
            await facts.ReloadAsync(cancellationToken);
            return;
        }
        var results = await new LetterIngestor(store).IngestAsync([folder], null, cancellationToken);
        foreach (var failed in results.Where(r => r.Status == IngestStatus.Failed))
            logger.LogWarning("Letter {File} not ingested: {Reason}", Path.GetFileName(failed.Path), failed.Error);
        logger.LogInformation(
            "Letters folder {Folder}: {Added} added, {Replaced} replaced, {Unchanged} unchanged, {Failed} failed",
            folder,
            results.Count(r => r.Status == IngestStatus.Added),
            results.Count(r => r.Status == IngestStatus.Replaced),
            results.Count(r => r.Status == IngestStatus.Unchanged),
            results.Count(r => r.Status == IngestStatus.Failed));
        await facts.ReloadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
