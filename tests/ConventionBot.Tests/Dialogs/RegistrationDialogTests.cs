using System.Text.Json;
using ConventionBot.Bot;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Dialogs;
using ConventionBot.Dialogs.Records;
using ConventionBot.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Dialogs;

/// <summary>Registration end to end through /api/messages, on the sample letters, on 23 November 2026.</summary>
public sealed class RegistrationDialogTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    public static readonly Dictionary<string, string> Amina = new()
    {
        ["name"] = "Amina Diallo", ["title"] = "Counsellor", ["delegation"] = "Senegal", ["category"] = "State Party",
        ["email"] = "amina.diallo@example.org", ["phone"] = "+41 22 555 01 23", ["attendance"] = "In person",
        ["language"] = "French", ["accessibility"] = "", ["sponsorship"] = "true", ["form"] = "registration",
    };

    private SqliteRecordStore Records => _host.Services.GetRequiredService<SqliteRecordStore>();

    private async Task<Activity> OneReplyAsync(Activity activity) => Assert.Single(await _host.AskAsync(activity));

    private async Task<Activity> StartAsync(string text = "sign me up for the June meetings")
    {
        var form = await OneReplyAsync(TeamsActivities.Message(text));
        Assert.StartsWith("Register for the 2027 Intersessional Meetings", Replies.Card(form).GetProperty("body")[0].GetProperty("text").GetString());
        return form;
    }

    private static Dictionary<string, string> With(string field, string value) => new(Amina) { [field] = value };

    [Fact]
    public async Task A_delegate_registers_reviews_and_confirms_and_the_registration_is_stored_once()
    {
        await StartAsync();

        var review = await OneReplyAsync(TeamsActivities.Submit(Amina));
        var facts = Replies.Card(review).GetProperty("body")[1].GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("amina.diallo@example.org", facts["E-mail"]);
        Assert.Equal("requested", facts["Sponsorship"]);
        Assert.Empty(await Records.ListRegistrationsAsync(null, CancellationToken.None));

        var confirm = Replies.Action(review, "Confirm").GetProperty("data");
        var receipt = await OneReplyAsync(TeamsActivities.Submit(confirm));

        var stored = Assert.Single(await Records.ListRegistrationsAsync("intersessional-2027", CancellationToken.None));
        Assert.Equal("Amina Diallo", stored.Name);
        Assert.True(stored.SponsorshipRequested);
        Assert.Equal(TeamsActivities.UserId, stored.UserId);
        Assert.Contains($"Reference: **{stored.Reference}**", Replies.Card(receipt).GetRawText());
        Assert.Equal("http://localhost:3978/calendar/intersessional-2027.ics", Replies.Action(receipt, "Add to calendar").GetProperty("url").GetString());

        // The same Confirm pressed again, or delivered again: nothing more is stored.
        var again = await OneReplyAsync(TeamsActivities.Submit(confirm));
        Assert.Equal(ConventionBotHandler.AlreadyHandled, again.Text);
        Assert.Single(await Records.ListRegistrationsAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task The_register_button_of_an_answer_starts_registration_for_its_meeting()
    {
        var answer = await OneReplyAsync(TeamsActivities.Message("when is registration due?"));

        var form = await OneReplyAsync(TeamsActivities.Submit(Replies.Action(answer, "Register").GetProperty("data")));

        Assert.Equal("Register for the 2027 Intersessional Meetings", Replies.Card(form).GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Register_alone_asks_which_meeting_and_a_closed_registration_says_so_with_the_contact()
    {
        using var lateHost = new BotHost(new() { ["ConventionBot:Clock:Today"] = "2027-06-01" });

        var choice = Assert.Single(await lateHost.AskAsync(TeamsActivities.Message("register")));
        var buttons = Replies.Actions(choice).Select(a => a.GetProperty("data").GetProperty("choice").GetString()!).ToList();
        Assert.Contains(buttons, b => b.StartsWith("2027 Intersessional Meetings", StringComparison.Ordinal));

        var closed = Assert.Single(await lateHost.AskAsync(TeamsActivities.Submit(new { choice = buttons.First(b => b.StartsWith("2027 Intersessional", StringComparison.Ordinal)) })));

        Assert.StartsWith("Registration for the 2027 Intersessional Meetings closed on 28 May 2027. Please write to ", closed.Text);
        Assert.Contains("@", closed.Text);
    }

    [Theory]
    [InlineData("email", "amina@", "That is not an e-mail address.")]
    [InlineData("name", "", "Your name, please.")]
    [InlineData("category", "Observer", "Choose one of:")]
    [InlineData("phone", "call me maybe", "A phone number has digits")]
    public async Task An_invalid_form_comes_back_with_the_error_under_its_field_and_the_entries_kept(string field, string value, string error)
    {
        await StartAsync();

        var retry = await OneReplyAsync(TeamsActivities.Submit(With(field, value)));

        var card = Replies.Card(retry).GetRawText();
        Assert.Contains(error, card);
        Assert.Contains("Senegal", card);
        Assert.Equal("Please correct the field marked on the form.", retry.Text);
        Assert.Empty(await Records.ListRegistrationsAsync(null, CancellationToken.None));
    }

    public static TheoryData<string, object> ForgedSubmits => new()
    {
        { "an unknown field", new Dictionary<string, object>(Amina.ToDictionary(p => p.Key, p => (object)p.Value)) { ["isAdmin"] = "true" } },
        { "a number for a name", new Dictionary<string, object>(Amina.ToDictionary(p => p.Key, p => (object)p.Value)) { ["name"] = 42 } },
        { "a 10 KB name", new Dictionary<string, object>(Amina.ToDictionary(p => p.Key, p => (object)p.Value)) { ["name"] = new string('x', 10_240) } },
        { "an attendance the meeting does not offer", new Dictionary<string, object>(Amina.ToDictionary(p => p.Key, p => (object)p.Value)) { ["attendance"] = "By carrier pigeon" } },
    };

    [Theory]
    [MemberData(nameof(ForgedSubmits))]
    public async Task A_forged_submit_gets_a_clear_message_and_nothing_is_stored(string what, object submit)
    {
        await StartAsync();

        var retry = await OneReplyAsync(TeamsActivities.Submit(submit));

        Assert.StartsWith("Please correct", retry.Text);
        Assert.DoesNotContain(new string('x', 10_240), Replies.Card(retry).GetRawText());
        Assert.True(Replies.Card(retry).GetRawText().Length < 28 * 1024, what);
        Assert.Empty(await Records.ListRegistrationsAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_register_button_for_a_meeting_that_does_not_exist_offers_the_real_ones()
    {
        var reply = await OneReplyAsync(TeamsActivities.Submit(new { action = "register", meeting = "msp-99" }));

        Assert.Contains("The letters name no meeting \\\"msp-99\\\"", Replies.Card(reply).GetRawText());
        Assert.NotEmpty(Replies.Actions(reply));
    }

    [Fact]
    public async Task Cancel_midway_stores_nothing_and_ends_the_dialog()
    {
        await StartAsync();
        await OneReplyAsync(TeamsActivities.Submit(Amina));

        var cancelled = await OneReplyAsync(TeamsActivities.Message("cancel"));

        Assert.Equal(CancelAndHelpDialog.Cancelled, cancelled.Text);
        Assert.Empty(await Records.ListRegistrationsAsync(null, CancellationToken.None));
        var question = await OneReplyAsync(TeamsActivities.Message("when is registration due?"));
        Assert.StartsWith("Registration for the 2027 Intersessional Meetings", question.Summary);
    }

    [Fact]
    public async Task A_question_in_the_middle_of_registration_is_answered_and_the_form_still_waits()
    {
        await StartAsync();

        var answer = await OneReplyAsync(TeamsActivities.Message("where is the June meeting?"));
        var review = await OneReplyAsync(TeamsActivities.Submit(Amina));

        Assert.Contains("Geneva", answer.Summary);
        Assert.StartsWith("Please check your registration", review.Summary);
    }

    [Fact]
    public async Task Help_explains_and_asks_again()
    {
        await StartAsync();

        var replies = await _host.AskAsync(TeamsActivities.Message("help"));

        Assert.Equal(2, replies.Count);
        Assert.StartsWith("I am registering you for a meeting", replies[0].Text);
        Assert.Equal("registration", Replies.Card(replies[1]).GetProperty("actions")[0].GetProperty("data").GetProperty("form").GetString());
    }

    [Fact]
    public async Task Edit_goes_back_to_the_form_with_the_entries_and_a_second_registration_offers_to_update()
    {
        await StartAsync();
        await OneReplyAsync(TeamsActivities.Submit(Amina));
        var edit = await OneReplyAsync(TeamsActivities.Submit(new { choice = "Edit" }));
        Assert.Contains("amina.diallo@example.org", Replies.Card(edit).GetRawText());
        var review = await OneReplyAsync(TeamsActivities.Submit(Amina));
        await OneReplyAsync(TeamsActivities.Submit(Replies.Action(review, "Confirm").GetProperty("data")));
        var first = Assert.Single(await Records.ListRegistrationsAsync(null, CancellationToken.None));

        await StartAsync("register for the June meetings");
        var secondReview = await OneReplyAsync(TeamsActivities.Submit(With("attendance", "Online")));
        var offer = await OneReplyAsync(TeamsActivities.Submit(Replies.Action(secondReview, "Confirm").GetProperty("data")));
        Assert.Contains($"reference {first.Reference}", offer.Text);
        var updated = await OneReplyAsync(TeamsActivities.Message("yes"));

        var stored = Assert.Single(await Records.ListRegistrationsAsync(null, CancellationToken.None));
        Assert.Equal(first.Reference, stored.Reference);
        Assert.Equal("Online", stored.Attendance);
        Assert.NotNull(stored.UpdatedAt);
        Assert.Contains("Your registration is updated", updated.Summary);
    }

    [Fact]
    public async Task A_new_host_on_the_same_database_continues_a_registration_begun_on_the_old_one()
    {
        var folder = Directory.CreateTempSubdirectory("conventionbot-restart-").FullName;
        var store = Path.Combine(folder, "bot.db");
        JsonElement confirm;
        using (var before = new BotHost(storePath: store))
        {
            Assert.Single(await before.AskAsync(TeamsActivities.Message("sign me up for the June meetings")));
            var review = Assert.Single(await before.AskAsync(TeamsActivities.Submit(Amina)));
            confirm = Replies.Action(review, "Confirm").GetProperty("data");
        }

        using var restarted = new BotHost(storePath: store);
        var receipt = Assert.Single(await restarted.AskAsync(TeamsActivities.Submit(confirm)));

        Assert.StartsWith("You are registered", receipt.Summary);
        Assert.Single(await restarted.Services.GetRequiredService<SqliteRecordStore>().ListRegistrationsAsync(null, CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Registration_asked_for_in_a_channel_continues_in_personal_chat()
    {
        await using var connector = new ConventionBot.Testing.ConnectorSink();
        using var host = new BotHost();
        var inChannel = TeamsActivities.Message("<at>ConventionBot</at> register me for the June meetings", serviceUrl: connector.ServiceUrl);
        inChannel.Conversation = new ConversationAccount { Id = "19:channel-1@thread.tacv2;messageid=1", ConversationType = "channel", TenantId = "tenant-1" };
        inChannel.Entities = [new Entity { Type = "mention", Properties = new() { ["mentioned"] = BotJson.ToElement(new { id = TeamsActivities.BotId }), ["text"] = BotJson.ToElement("<at>ConventionBot</at>") } }];

        var reply = Assert.Single(await host.AskAsync(inChannel));

        Assert.Equal(PersonalChat.MovedToPersonalChat, reply.Text);
        var created = Assert.Single(connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations").Body!.Value;
        Assert.False(created.GetProperty("isGroup").GetBoolean());
        Assert.Equal(TeamsActivities.UserId, Assert.Single(created.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", created.GetProperty("tenantId").GetString());
        var form = Assert.Single(connector.Calls, c => c.Path.StartsWith("/v3/conversations/a:new-thread-", StringComparison.Ordinal));
        Assert.Contains("Register for the 2027 Intersessional Meetings", form.Body!.Value.GetRawText());
    }
}
