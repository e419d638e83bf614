using System.Text.Json;
using ConventionBot.Bot;
using ConventionBot.Calendar;
using Ical.Net;

namespace ConventionBot.Tests.Bot;

/// <summary>Answers as Adaptive Cards, and what their buttons do, through the HTTP endpoint.</summary>
public sealed class AnswerCardTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_answer_about_an_upcoming_meeting_offers_register_calendar_and_the_letter()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is registration due?")));

        var card = Replies.Card(reply);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.StartsWith(reply.Summary!, card.GetProperty("fallbackText").GetString());
        Assert.StartsWith("Registration for the 2027 Intersessional Meetings", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("Letter of 20 November 2026 from Ilse Marchetti", card.GetProperty("body")[1].GetRawText());
        Assert.Equal("intersessional-2027", Replies.Action(reply, "Register").GetProperty("data").GetProperty("meeting").GetString());
        Assert.Equal("http://localhost:3978/calendar/intersessional-2027.ics", Replies.Action(reply, "Add to calendar").GetProperty("url").GetString());
        Assert.Equal("Action.OpenUrl", Replies.Action(reply, "Add to calendar").GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(Replies.Action(reply, "Show the letter").GetProperty("data").GetProperty("letter").GetString()));
    }

    [Fact]
    public async Task An_answer_about_a_past_meeting_offers_only_the_letter()
    {
        using var december = new BotHost(new() { ["ConventionBot:Clock:Today"] = "2026-12-10" });

        var reply = Assert.Single(await december.AskAsync(TeamsActivities.Message("when was the 23MSP held?")));

        Assert.StartsWith("The Twenty-Third Meeting of the States Parties (23MSP) took place", reply.Summary);
        Assert.Equal(["Show the letter"], Replies.Actions(reply).Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task The_calendar_button_downloads_the_meeting_as_an_all_day_event()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is registration due?")));
        var url = new Uri(Replies.Action(reply, "Add to calendar").GetProperty("url").GetString()!);

        var response = await _host.CreateClient().GetAsync(url.PathAndQuery);

        response.EnsureSuccessStatusCode();
        Assert.Equal(MeetingCalendar.ContentType, response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("2027 Intersessional Meetings", meeting.Summary);
        Assert.Equal(new DateOnly(2027, 6, 16), meeting.DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 6, 19), meeting.DtEnd!.Date);
        Assert.False(meeting.DtStart.HasTime);
        Assert.Contains("Geneva", meeting.Location);
        Assert.Contains("Letter of 20 November 2026".ToLowerInvariant(), meeting.Description!.ToLowerInvariant());
    }

    [Theory]
    [InlineData("no-such-meeting")]
    [InlineData("msp-24")]
    public async Task A_calendar_for_an_unknown_meeting_or_one_known_only_by_month_is_not_found(string key)
    {
        var response = await _host.CreateClient().GetAsync($"/calendar/{key}.ics");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Show_the_letter_sends_the_letter_itself()
    {
        var answer = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is registration due?")));
        var press = TeamsActivities.Message("");
        press.Text = null;
        press.Value = Replies.Action(answer, "Show the letter").GetProperty("data");

        var reply = Assert.Single(await _host.AskAsync(press));

        var card = Replies.Card(reply);
        Assert.Equal("Letter of 20 November 2026", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("I would ask that you register", card.GetRawText());
    }

    [Theory]
    [InlineData("""{"action":"showLetter","letter":"../../etc/passwd"}""", ConventionBotHandler.UnknownLetter)]
    [InlineData("""{"action":"showLetter","letter":42}""", ConventionBotHandler.UnknownLetter)]
    [InlineData("""{"action":"deleteEverything"}""", ConventionBotHandler.UnknownButton)]
    [InlineData("""{"unexpected":{"deep":[1,2,3]}}""", ConventionBotHandler.UnknownButton)]
    public async Task A_forged_button_gets_a_clear_message(string value, string expected)
    {
        var press = TeamsActivities.Message("");
        press.Text = null;
        press.Value = JsonDocument.Parse(value).RootElement;

        var reply = Assert.Single(await _host.AskAsync(press));

        Assert.Equal(expected, reply.Text);
    }

    [Fact]
    public async Task Whats_coming_up_is_an_agenda_card_soonest_first()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("what's coming up?")));

        var rows = Replies.Card(reply).GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "ColumnSet").ToList();
        Assert.True(rows.Count >= 3);
        var firsts = rows.Select(r => r.GetProperty("columns")[1].GetProperty("items")[0].GetProperty("text").GetString()).ToList();
        Assert.Equal("Twenty-Third Meeting of the States Parties (23MSP)", firsts[0]);
        Assert.StartsWith("Coming up:\n• 30 November – 4 December 2026: Twenty-Third Meeting", reply.Summary);
    }
}
