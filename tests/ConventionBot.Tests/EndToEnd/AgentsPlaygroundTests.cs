using System.Text.Json;
using ConventionBot.Dialogs.Records;
using ConventionBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.EndToEnd;

/// <summary>
/// The bot as a delegate meets it: Microsoft's Agents Playground in Teams mode, a real Kestrel host, the sample
/// letters. Install → welcome card; a question → a cited answer; a card button → an answer; a question typed into the
/// playground's own page in headless Chromium → the cited answer card on that page, whose screenshot is saved under
/// artifacts/.
/// </summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private AgentsPlayground _playground = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-playground-").FullName;

    public async Task InitializeAsync()
    {
        // The real letters and our samples, as a secretariat would load them.
        var letters = Directory.CreateDirectory(Path.Combine(_folder, "letters")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.SharedLetters).Concat(Directory.GetFiles(RepositoryPaths.SampleLetters)))
            File.Copy(file, Path.Combine(letters, Path.GetFileName(file)));
        _host = new BotHost(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0", ["ConventionBot:Letters:Path"] = letters });
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

    /// <summary>The examples of the answering issue, as delegates type them, and what each answer must say.</summary>
    public static readonly (string Question, string Says)[] Examples =
    [
        ("when is registration due?", "is due by 28 May 2027"),
        ("wen do i need to register by for the june meetings", "is due by 28 May 2027"),
        ("where's the 2017 intersessional", "World Meteorological Organisation Building"),
        ("is the 2020 meeting virtual?", "held in a virtual format"),
        ("what's the deadline for comments on the 13MSP dates", "was 15 June"),
        ("what is the Oslo Action Plan", "covers 2019–2024"),
    ];

    [Fact]
    public async Task A_delegate_installs_the_bot_asks_the_example_questions_and_presses_buttons()
    {
        await _playground.InstallAsync();
        var welcome = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("Hello!", StringComparison.Ordinal));
        var actions = Content(welcome).GetProperty("actions");
        Assert.Equal(3, actions.GetArrayLength());

        JsonElement answer = default;
        foreach (var (question, says) in Examples)
        {
            await _playground.SendAsync(question);
            answer = await _playground.WaitForMessageAsync(m => Said(m).Contains(says, StringComparison.Ordinal));
            Assert.Contains("— Letter of ", Said(answer));
            Assert.Equal("1.5", Content(answer).GetProperty("version").GetString());
        }

        await _playground.SendAsync("what's coming up?");
        var agenda = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("Coming up:", StringComparison.Ordinal));
        Assert.Contains("Twenty-Third Meeting of the States Parties", Content(agenda).GetRawText());

        var showLetter = Content(answer).GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Show the letter");
        await _playground.SubmitAsync(answer.GetProperty("messageId").GetString()!, showLetter.GetProperty("data"));
        var letter = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("Letter of ", StringComparison.Ordinal));
        Assert.Contains("Oslo Action Plan", Content(letter).GetRawText());

        await _playground.SubmitAsync(welcome.GetProperty("messageId").GetString()!, actions[2].GetProperty("data"));
        var buttonAnswer = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("The Siem Reap-Angkor Action Plan", StringComparison.Ordinal));
        Assert.Contains("2025–2029", Said(buttonAnswer));

        // And as a delegate does it: typed into the playground's own page, the answer card shown there with its letter.
        var shown = AskInPage("where is the June meeting?", ["Rue de Varembé 17", "Letter of 20 November 2026"], "agents-playground-conversation.png");
        Assert.Contains("International Conference Centre Geneva", shown);
    }

    [Fact]
    public async Task A_delegate_registers_by_filling_in_the_rendered_form_card()
    {
        await _playground.InstallAsync();
        await _playground.SendAsync("sign me up for the June meetings");
        var form = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("Registration form", StringComparison.Ordinal));

        // Microsoft's renderer renders the card, holds the delegate's entries, validates them and gathers the submit.
        var submitted = PressRendered(Content(form), "Review", new Dictionary<string, string>
        {
            ["name"] = "Amina Diallo", ["delegation"] = "Senegal", ["category"] = "State Party", ["email"] = "amina.diallo@example.org",
            ["attendance"] = "In person", ["language"] = "French",
        }, "registration-form-filled.png");
        Assert.Equal("Amina Diallo", submitted.GetProperty("name").GetString());
        await _playground.SubmitAsync(form.GetProperty("messageId").GetString()!, submitted);

        var review = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("Please check your registration", StringComparison.Ordinal));
        var confirm = PressRendered(Content(review), "Confirm", [], "registration-review.png");
        await _playground.SubmitAsync(review.GetProperty("messageId").GetString()!, confirm);

        var receipt = await _playground.WaitForMessageAsync(m => Said(m).StartsWith("You are registered", StringComparison.Ordinal));
        var registered = Assert.Single(await _host.Services.GetRequiredService<SqliteRecordStore>().ListRegistrationsAsync("intersessional-2027", CancellationToken.None));
        Assert.Contains(registered.Reference, Said(receipt));
        Assert.Equal("amina.diallo@example.org", registered.Email);
    }

    private static JsonElement PressRendered(JsonElement card, string action, Dictionary<string, string> entries, string png)
    {
        var input = JsonSerializer.Serialize(new { card, entries, action, png = Path.Combine(RepositoryRoot, "artifacts", "cards", png) });
        Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "cards"));
        var submitted = JsonDocument.Parse(NodeScript.Run(Path.Combine("cards", "submit-card.js"), input)).RootElement.Clone();
        Assert.False(submitted.TryGetProperty("error", out var error), error.ToString());
        return submitted;
    }

    private static JsonElement Content(JsonElement message) => message.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>A message's text, or its card's fallbackText.</summary>
    private static string Said(JsonElement message) =>
        message.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text ? text
        : message.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0 && a[0].GetProperty("content").TryGetProperty("fallbackText", out var f) ? f.GetString() ?? ""
        : "";

    /// <summary>The text of the bot's message that the playground's page showed, in headless Chromium; a screenshot under artifacts/.</summary>
    private string AskInPage(string question, string[] expect, string png)
    {
        var input = JsonSerializer.Serialize(new { url = _playground.PageUrl, question, expect, png = Path.Combine(RepositoryRoot, "artifacts", png) });
        using var result = JsonDocument.Parse(NodeScript.Run(Path.Combine("playground", "ask-in-page.js"), input));
        Assert.True(new FileInfo(Path.Combine(RepositoryRoot, "artifacts", png)).Length > 10_000, "no screenshot of the conversation");
        return result.RootElement.GetProperty("message").GetString()!;
    }

    private static string RepositoryRoot => RepositoryPaths.Root;
}
