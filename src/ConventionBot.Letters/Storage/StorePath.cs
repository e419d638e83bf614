using Microsoft.Extensions.Configuration;

namespace ConventionBot.Letters.Storage;

/// <summary>
/// Where the SQLite store lives: an explicit path (the CLI's --db) wins, then <c>ConventionBot:Storage:Path</c>
/// (environment: <c>ConventionBot__Storage__Path</c>), then a file in the user's local data folder.
/// </summary>
public static class StorePath
{
    public const string ConfigurationKey = "ConventionBot:Storage:Path";

    public static string Resolve(string? explicitPath, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return Path.GetFullPath(explicitPath);
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        var dataFolder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(dataFolder, "ConventionBot", "conventionbot.db");
    }
}
