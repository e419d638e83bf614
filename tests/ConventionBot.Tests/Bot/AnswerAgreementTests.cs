using System.Diagnostics;
using System.Text.Json;
using ConventionBot.Testing;

namespace ConventionBot.Tests.Bot;

/// <summary>
/// <c>conventionbot ask</c> — the real command, run as a process — and the bot give the same answer, on the same
/// store, on the same day. (The CLI is built with the solution; its assembly is named like the app's, so it is run,
/// not referenced.)
/// </summary>
public sealed class AnswerAgreementTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("when is registration due?")]
    [InlineData("where is the June meeting?")]
    [InlineData("what's coming up?")]
    [InlineData("is there a visa letter")]
    public async Task The_CLI_and_the_bot_agree(string question)
    {
        var bot = Replies.Said(Assert.Single(await _host.AskAsync(TeamsActivities.Message(question))));

        using var cli = JsonDocument.Parse(await RunCliAsync("--db", _host.StorePath, "ask", question, "--today", "2026-11-23", "--json"));

        Assert.StartsWith(cli.RootElement.GetProperty("answer").GetString()!, bot);
    }

    private static async Task<string> RunCliAsync(params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "ConventionBot.Cli", "bin", configuration, "net10.0", "conventionbot.dll");
        Assert.True(File.Exists(dll), $"{dll} is built with the solution");
        var start = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
