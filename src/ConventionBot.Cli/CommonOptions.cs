using System.CommandLine;
using System.Globalization;
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

    public const string ClockKey = "ConventionBot:Clock:Today";

    public IConfiguration Configuration => configuration;

    /// <summary>For the commands that depend on the day; add it to them.</summary>
    public Option<string?> Today { get; } = new("--today")
    {
        Description = "Take this day (YYYY-MM-DD) as today. Default: ConventionBot__Clock__Today, else the system date.",
    };

    /// <summary>--today, else the configured clock, else the system date; null when what was given is not a date.</summary>
    public DateOnly? ResolveToday(ParseResult parse)
    {
        var text = parse.GetValue(Today) ?? configuration[ClockKey];
        if (text is null)
            return DateOnly.FromDateTime(DateTime.Today);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    public async Task<ILetterStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var store = new SqliteLetterStore(StorePath.Resolve(parse.GetValue(Database), configuration));
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
