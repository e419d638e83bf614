using System.CommandLine;
using ConventionBot.Cli.Commands;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ConventionBot.Cli;

/// <summary>The <c>conventionbot</c> command tree. Output goes to the given console, so tests can read it.</summary>
public static class CliApp
{
    public static RootCommand Build(IAnsiConsole console, IConfiguration configuration)
    {
        var options = new CommonOptions(configuration);
        var root = new RootCommand("ConventionBot: the treaty secretariat's letters, their meetings and deadlines.");
        root.Options.Add(options.Database);
        root.Subcommands.Add(IngestCommand.Create(console, options));
        root.Subcommands.Add(FactsCommand.Create(console, options));
        root.Subcommands.Add(UpcomingCommand.Create(console, options));
        root.Subcommands.Add(SearchCommand.Create(console, options));
        root.Subcommands.Add(AskCommand.Create(console, options));
        root.Subcommands.Add(ExportCommand.Create(console, options));
        root.Subcommands.Add(ManifestCommand.Create(console));
        return root;
    }
}
