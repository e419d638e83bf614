using ConventionBot.BotFramework.Schema;
using ConventionBot.Staff;
using ConventionBot.Testing;
using ConventionBot.Tests.Bot;

namespace ConventionBot.Tests.Announcements;

/// <summary>Staff announce a meeting to channels; the channels live on a local connector that speaks Teams' v3 API.</summary>
public sealed class AnnouncementDialogTests : IAsyncLifetime
{
    private readonly ConnectorSink _connector = new();
    private BotHost _host = null!;

    private static readonly string[] Channels = ["19:general@thread.tacv2", "19:meetings@thread.tacv2"];

    public async Task InitializeAsync()
    {
        _host = new BotHost(new() { [StaffDirectory.UsersKey] = "someone-else, " + TeamsActivities.UserId });
        foreach (var channel in Channels)
            await InstallInChannelAsync(_host, channel);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    private async Task InstallInChannelAsync(BotHost host, string channel)
    {
        var installed = TeamsActivities.MembersAdded(_connector.ServiceUrl, TeamsActivities.BotId);
        installed.Conversation = new ConversationAccount { Id = channel, ConversationType = "channel", TenantId = "tenant-1" };
        installed.ChannelData = BotJson.ToElement(new TeamsChannelData
        {
            Tenant = new TenantInfo { Id = "tenant-1" },
            Team = new TeamInfo { Id = "19:team@thread.tacv2", Name = "Delegates" },
            Channel = new ChannelInfo { Id = channel, Name = channel.Contains("general") ? "General" : "Meetings" },
        });
        await host.AskAsync(installed);
    }

    private IReadOnlyList<ConnectorCall> Posts() => _connector.Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations").ToList();

    private async Task<IReadOnlyList<Activity>> StartAsync(BotHost host) =>
        await host.AskAsync(TeamsActivities.Message("announce the 2027 intersessional meetings"));

    private static Activity Pick(params string[] channels) =>
        TeamsActivities.Submit(new { channels = string.Join(",", channels.Select(c => "msteams/" + c)), form = "channels" });

    [Fact]
    public async Task Staff_announce_a_meeting_to_two_channels_and_both_get_the_card_in_a_new_thread()
    {
        var preview = await StartAsync(_host);

        Assert.Equal(2, preview.Count);
        Assert.StartsWith("Preview: 2027 Intersessional Meetings: 16–18 June 2027", preview[0].Summary);
        var picker = Replies.Card(preview[1]).GetRawText();
        Assert.Contains("Delegates › General", picker);
        Assert.Contains("Delegates › Meetings", picker);
        Assert.Empty(Posts());

        var report = Assert.Single(await _host.AskAsync(Pick(Channels)));

        var posts = Posts();
        Assert.Equal(2, posts.Count);
        foreach (var (post, channel) in posts.Zip(Channels))
        {
            var body = post.Body!.Value;
            Assert.True(body.GetProperty("isGroup").GetBoolean());
            Assert.Equal(channel, body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
            Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
            var card = body.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content");
            Assert.Equal("2027 Intersessional Meetings", card.GetProperty("body")[0].GetProperty("text").GetString());
            Assert.Contains("28 May 2027", card.GetRawText());
            Assert.Equal("Register", card.GetProperty("actions")[0].GetProperty("title").GetString());
            Assert.Contains("Letter of 20 November 2026", card.GetRawText());
        }
        Assert.Equal(2, report.Text!.Split('✓').Length - 1);
    }

    [Fact]
    public async Task Posting_the_same_announcement_to_the_same_channel_again_asks_first()
    {
        await StartAsync(_host);
        await _host.AskAsync(Pick(Channels[0]));
        await StartAsync(_host);

        var question = Assert.Single(await _host.AskAsync(Pick(Channels[0])));
        Assert.StartsWith("This announcement was posted already: Delegates › General on", question.Text);
        var declined = Assert.Single(await _host.AskAsync(TeamsActivities.Message("no")));

        Assert.Equal("Nothing was posted.", declined.Text);
        Assert.Single(Posts());
    }

    [Fact]
    public async Task A_channel_that_refuses_is_reported_and_the_others_still_get_the_post()
    {
        await StartAsync(_host);
        _connector.Queue(403);

        var report = Assert.Single(await _host.AskAsync(Pick(Channels))).Text!;

        Assert.Contains("✗ Delegates › General: not posted — Teams refused (403)", report);
        Assert.Contains("✓ Delegates › Meetings: posted", report);
    }

    [Fact]
    public async Task Someone_who_is_not_staff_is_refused_and_nothing_is_posted()
    {
        using var host = new BotHost();
        await InstallInChannelAsync(host, Channels[0]);

        var reply = Assert.Single(await StartAsync(host));

        Assert.Equal(StaffDirectory.Refusal, reply.Text);
        Assert.Empty(Posts());
    }
}
