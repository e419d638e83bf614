using ConventionBot.BotFramework.Schema;
using ConventionBot.Dialogs.Records;
using ConventionBot.Testing;
using ConventionBot.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Dialogs;

/// <summary>Input to the President end to end through /api/messages, with the staff channel on a local connector.</summary>
public sealed class InputDialogTests : IAsyncLifetime
{
    private const string Subject = "Input on the preparations for the Twenty-Fourth Meeting of the States Parties (24MSP)";
    private const string StaffChannel = "19:staff@thread.tacv2";

    private readonly ConnectorSink _connector = new();
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await HostOnAsync("2026-11-23");

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    /// <summary>A host on that day, installed in the staff channel (whose conversation lives on the local connector).</summary>
    private async Task<BotHost> HostOnAsync(string today)
    {
        var host = new BotHost(new() { ["ConventionBot:Clock:Today"] = today, ["ConventionBot:Staff:Channel"] = StaffChannel });
        var installed = TeamsActivities.MembersAdded(_connector.ServiceUrl, TeamsActivities.BotId);
        installed.Conversation = new() { Id = StaffChannel, ConversationType = "channel", TenantId = "tenant-1" };
        installed.ChannelData = BotJson.ToElement(new TeamsChannelData { Tenant = new() { Id = "tenant-1" }, Channel = new() { Id = StaffChannel }, Team = new() { Id = StaffChannel } });
        await host.AskAsync(installed);
        return host;
    }

    private static Dictionary<string, string> Input(string subject) => new()
    {
        ["subject"] = subject, ["otherSubject"] = "", ["delegation"] = "Norway",
        ["text"] = string.Join("\n", Enumerable.Repeat("Norway proposes that the 24MSP programme gives a full day to victim assistance.", 80)),
        ["links"] = "https://example.org/norway-24msp.pdf", ["form"] = "input",
    };

    private async Task<string> SubjectOfferedAsync(BotHost host, string startsWith)
    {
        var form = Assert.Single(await host.AskAsync(TeamsActivities.Message("I want to send input to the President")));
        var subjects = Replies.Card(form).GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "subject")
            .GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToList();
        Assert.Contains("Other", subjects);
        return subjects.Single(s => s.StartsWith(startsWith, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delegate_sends_input_it_is_stored_once_and_staff_hear_of_it()
    {
        var subject = await SubjectOfferedAsync(_host, Subject);
        Assert.Contains("(due 15 January 2027)", subject);
        var review = Assert.Single(await _host.AskAsync(TeamsActivities.Submit(Input(subject))));
        var confirm = Replies.Action(review, "Send to the President").GetProperty("data");

        var receipt = Assert.Single(await _host.AskAsync(TeamsActivities.Submit(confirm)));
        Assert.Single(await _host.AskAsync(TeamsActivities.Submit(confirm)));

        var stored = Assert.Single(await _host.Services.GetRequiredService<SqliteRecordStore>().ListInputsAsync(null, CancellationToken.None));
        Assert.Equal(subject, stored.Subject);
        Assert.False(stored.Late);
        Assert.Equal(["https://example.org/norway-24msp.pdf"], stored.Links);
        Assert.True(stored.Text.Length > 6000);
        Assert.Contains(stored.Reference, receipt.Summary);
        var staff = Assert.Single(_connector.SentActivities(), a => a.GetProperty("conversation").GetProperty("id").GetString() == StaffChannel);
        Assert.Contains("New input from Norway", staff.GetRawText());
    }

    [Fact]
    public async Task Input_after_the_deadline_is_taken_marked_late_and_the_delegate_is_told()
    {
        using var late = await HostOnAsync("2027-01-20");
        var subject = await SubjectOfferedAsync(late, Subject);
        Assert.Contains("deadline passed", subject);

        var review = Assert.Single(await late.AskAsync(TeamsActivities.Submit(Input(subject))));
        Assert.Contains("marked late", Replies.Card(review).GetRawText());
        var receipt = Assert.Single(await late.AskAsync(TeamsActivities.Submit(Replies.Action(review, "Send to the President").GetProperty("data"))));

        Assert.Contains("marked late", receipt.Summary + Replies.Card(receipt).GetRawText());
        Assert.True(Assert.Single(await late.Services.GetRequiredService<SqliteRecordStore>().ListInputsAsync(null, CancellationToken.None)).Late);
    }

    [Theory]
    [InlineData("links", "file:///etc/passwd", "Not a web link")]
    [InlineData("subject", "Other", "Say what your input is about")]
    [InlineData("text", "", "Your input, please.")]
    public async Task A_bad_input_form_comes_back_with_the_error(string field, string value, string error)
    {
        var subject = await SubjectOfferedAsync(_host, Subject);

        var retry = Assert.Single(await _host.AskAsync(TeamsActivities.Submit(new Dictionary<string, string>(Input(subject)) { [field] = value })));

        Assert.Contains(error, Replies.Card(retry).GetRawText());
        Assert.Empty(await _host.Services.GetRequiredService<SqliteRecordStore>().ListInputsAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task An_Action_Execute_submit_is_taken_like_an_Action_Submit()
    {
        var subject = await SubjectOfferedAsync(_host, Subject);

        // An invoke's replies go to the connector; the HTTP response carries the invoke's own answer.
        var response = await _host.PostAsync(TeamsActivities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "review", data = Input(subject) } }, _connector.ServiceUrl));

        response.EnsureSuccessStatusCode();
        Assert.Contains("application/vnd.microsoft.activity.message", await response.Content.ReadAsStringAsync());
        Assert.Contains(_connector.SentActivities(), a => a.GetRawText().Contains("Please check your input", StringComparison.Ordinal));
        var review = Assert.Single(await _host.AskAsync(TeamsActivities.Message("confirm")));
        Assert.StartsWith("Your input is with the President", review.Summary);
    }
}
