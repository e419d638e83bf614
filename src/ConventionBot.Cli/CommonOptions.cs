using System.CommandLine;
using ConventionBot.Letters.Storage;
using Microsoft.Extensions.Configuration;

namespace ConventionBot.Cli;

/// <summary>Options every command takes, and the store they point at.</summary>
public sealed class CommonOptions(IConfiguration configuration)
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The letter store (SQLite file). Default: ConventionBot__Storage__Path, else a file in your local data folder.",
        Recursive = true,
    };

    public IConfiguration Configuration => configuration;

    public async Task<ILetterStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = new SqliteLetterStore(StorePath.Resolve(parse.GetValue(Database), configuration));
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
