using System.Diagnostics;
using System.Text.Json;
using ConventionBot.Testing;

namespace ConventionBot.Tests.EndToEnd;

/// <summary>
/// The bot as a delegate meets it: Microsoft's Agents Playground in Teams mode, a real Kestrel host, the sample
/// letters. Install → welcome card; a question → a cited answer; a card button → an answer. A screenshot of the
/// conversation (headless Chromium) is saved under artifacts/.
/// </summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private AgentsPlayground _playground = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-playground-").FullName;

    public async Task InitializeAsync()
    {
        _host = new BotHost(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        _host.UseKestrel(0);
        _host.StartServer();
        var botEndpoint = new Uri(_host.ClientOptions.BaseAddress, "/api/messages").ToString();
        _playground = await AgentsPlayground.StartAsync(RepositoryRoot, botEndpoint, _folder);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_delegate_installs_the_bot_asks_a_question_and_presses_a_button()
    {
        await _playground.InstallAsync();
        var card = await _playground.WaitForMessageAsync(m => m.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0);
        var actions = card.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions");
        Assert.Equal(3, actions.GetArrayLength());

        await _playground.SendAsync("wen do i need to register by");
        var answer = await _playground.WaitForMessageAsync(m => Text(m).StartsWith("Registration", StringComparison.Ordinal));
        Assert.Contains("28 May 2027", Text(answer));
        Assert.Contains("— Letter of 20 November 2026 from Ilse Marchetti", Text(answer));

        var button = actions[2];
        await _playground.SubmitAsync(card.GetProperty("messageId").GetString()!, button.GetProperty("data"));
        var buttonAnswer = await _playground.WaitForMessageAsync(m => Text(m).StartsWith("The Siem Reap-Angkor Action Plan", StringComparison.Ordinal));
        Assert.Contains("2025–2029", Text(buttonAnswer));
        Assert.Contains("— Letter of", Text(buttonAnswer));

        await SaveScreenshotAsync(_playground.PageUrl, Path.Combine(RepositoryRoot, "artifacts", "agents-playground-conversation.png"));
    }

    private static string Text(JsonElement message) => message.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";

    /// <summary>Debian's Chromium, headless, as the machine's notes say to start it.</summary>
    private static async Task SaveScreenshotAsync(string url, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var profile = Directory.CreateTempSubdirectory("chromium-").FullName;
        var start = new ProcessStartInfo("chromium",
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--window-size=1280,1000",
            "--virtual-time-budget=8000", $"--screenshot={file}", url,
        ])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using var chromium = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        await chromium.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Directory.Delete(profile, recursive: true);
        Assert.True(File.Exists(file) && new FileInfo(file).Length > 10_000, $"no screenshot at {file}");
    }

    private static string RepositoryRoot => RepositoryPaths.Root;
}
