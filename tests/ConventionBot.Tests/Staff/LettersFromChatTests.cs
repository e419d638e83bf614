using System.Text;
using ConventionBot.Bot;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Storage;
using ConventionBot.Staff;
using ConventionBot.Testing;
using ConventionBot.Tests.Bot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Staff;

/// <summary>Letters sent to the bot in chat by staff: a Teams file attachment (downloaded from a local server) or pasted text.</summary>
public sealed class LettersFromChatTests : IAsyncLifetime
{
    private const string Letter = """
        21 November 2026

        Excellency,

        I have the honour to inform you that the Twenty-Fifth Meeting of the States Parties will take place from 6 to 10 December 2027 in Geneva.

        Please accept, Excellency, the assurances of my highest consideration.

        Ilse Marchetti
        President of the Twenty-Third Meeting of the States Parties
        """;

    /// <summary>Where Teams would let the bot download a file the user sent (SharePoint / OneDrive), here on loopback.</summary>
    private sealed class FileHost : LocalServer
    {
        protected override void Map(WebApplication app) =>
            app.MapGet("/files/{name}", (string name) => name == "letter.txt" ? Results.Bytes(Encoding.UTF8.GetBytes(Letter), "text/plain") : Results.NotFound());
    }

    private readonly FileHost _files = new();
    private BotHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new BotHost(new() { [StaffDirectory.UsersKey] = "00000000-0000-0000-0000-000000000020" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _files.DisposeAsync();
    }

    private Activity FileMessage(string name = "letter.txt")
    {
        var message = TeamsActivities.Message("");
        message.Attachments =
        [
            new Attachment
            {
                ContentType = LettersFromChat.TeamsFileDownload,
                Name = name,
                Content = BotJson.ToElement(new { downloadUrl = $"{_files.BaseUrl}/files/{name}", uniqueId = "1", fileType = "txt" }),
            },
        ];
        return message;
    }

    private async Task<int> LettersStoredAsync() => await _host.Services.GetRequiredService<ILetterStore>().CountAsync(CancellationToken.None);

    [Fact]
    public async Task A_letter_file_from_staff_is_stored_summarised_and_becomes_answerable()
    {
        var before = await LettersStoredAsync();

        var summary = Assert.Single(await _host.AskAsync(FileMessage()));

        Assert.Equal(before + 1, await LettersStoredAsync());
        Assert.Equal("Letter of 21 November 2026 added", summary.Summary);
        var card = Replies.Card(summary).GetRawText();
        Assert.Contains("Twenty-Fifth Meeting of the States Parties", card);
        Assert.StartsWith("Announce Twenty-Fifth Meeting of the States Parties", Replies.Actions(summary).Single().GetProperty("title").GetString());
        var answer = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is the 25MSP?")));
        Assert.Contains("6–10 December 2027", answer.Summary);
    }

    [Fact]
    public async Task Pasted_text_after_ingest_is_a_letter_too()
    {
        var summary = Assert.Single(await _host.AskAsync(TeamsActivities.Message("ingest\n" + Letter)));

        Assert.Equal("Letter of 21 November 2026 added", summary.Summary);
    }

    [Fact]
    public async Task A_letter_from_someone_who_is_not_staff_is_not_ingested()
    {
        var before = await LettersStoredAsync();
        var message = FileMessage();
        message.From = new ChannelAccount { Id = "29:delegate", AadObjectId = "00000000-0000-0000-0000-000000000099" };

        var reply = Assert.Single(await _host.AskAsync(message));

        Assert.Equal(ConventionBotHandler.LettersAreForStaff, reply.Text);
        Assert.Equal(before, await LettersStoredAsync());
    }

    [Theory]
    [InlineData("letter.exe", "a letter is a .txt")]
    [InlineData("missing.txt", "the download answered 404")]
    public async Task A_file_that_is_not_a_letter_is_reported_and_nothing_is_stored(string name, string problem)
    {
        var before = await LettersStoredAsync();

        var reply = Assert.Single(await _host.AskAsync(FileMessage(name)));

        Assert.StartsWith("Not added: ", reply.Text);
        Assert.Contains(problem, reply.Text);
        Assert.Equal(before, await LettersStoredAsync());
    }
}
