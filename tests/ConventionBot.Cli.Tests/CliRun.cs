using ConventionBot.Cli;
using ConventionBot.Testing;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ConventionBot.Cli.Tests;

/// <summary>Runs <c>conventionbot</c> in process, as a shell would, and captures what it prints.</summary>
public static class CliRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var exitCode = await CliApp.Build(console, configuration).Parse(args).InvokeAsync();
        return (exitCode, output.ToString());
    }

    public static string SharedLetters => RepositoryPaths.SharedLetters;

    public static string SampleLetters => RepositoryPaths.SampleLetters;
}
