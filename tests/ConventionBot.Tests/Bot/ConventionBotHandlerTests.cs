using System.Text.Json;
using ConventionBot.Bot;
using ConventionBot.Bot.Cards;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Bot;

/// <summary>The bot through its HTTP endpoint, replies returned in the response (deliveryMode: expectReplies).</summary>
public sealed class ConventionBotHandlerTests : IDisposable
{
    private readonly BotHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_new_user_in_personal_chat_is_welcomed_with_three_example_questions()
    {
        var replies = await _host.AskAsync(TeamsActivities.MembersAdded(members: [TeamsActivities.UserId, TeamsActivities.BotId]));

        var welcome = Assert.Single(replies);
        var card = Assert.Single(welcome.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var content = card.Content!.Value;
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(content.GetProperty("fallbackText").GetString()));
        Assert.Equal(3, content.GetProperty("actions").GetArrayLength());
        Assert.Equal(WelcomeCard.FallbackText, welcome.Summary);
        Assert.Null(welcome.Text);
    }

    [Fact]
    public async Task The_conversation_the_bot_is_added_to_is_remembered_for_later()
    {
        await _host.AskAsync(TeamsActivities.MembersAdded(members: [TeamsActivities.BotId]));

        var installations = await _host.Services.GetRequiredService<SqliteInstallationStore>().ListAsync(CancellationToken.None);
        var installation = Assert.Single(installations);
        Assert.Equal("msteams/a:personal-1", installation.Key);
        Assert.Equal("http://localhost:56151/_connector", installation.Reference.ServiceUrl);
        Assert.Equal("tenant-1", installation.TenantId);
    }

    [Fact]
    public async Task A_question_is_answered_in_one_sentence_then_the_letter_it_comes_from()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is registration due?")));

        var parts = Replies.Said(reply).Split("\n\n");
        Assert.Equal("Registration for the 2027 Intersessional Meetings (16–18 June 2027, Geneva) is due by 28 May 2027, at https://www.apminebanconvention.org/intersessionals-2027.", parts[0]);
        Assert.StartsWith("— Letter of 20 November 2026 from Ilse Marchetti, President of the Twenty-Third Meeting of the States Parties: “I would ask that you register", parts[1]);
        Assert.Equal(TeamsActivities.UserId, reply.Recipient!.Id);
    }

    [Fact]
    public async Task Help_says_what_the_bot_does()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("help")));

        Assert.Equal(ConventionBotHandler.HelpText, reply.Text);
    }

    [Fact]
    public async Task The_bots_mention_in_a_channel_is_ignored_when_answering()
    {
        var message = TeamsActivities.Message("<at>ConventionBot</at> help");
        message.Entities = [new Entity { Type = "mention", Properties = new() { ["mentioned"] = BotJson.ToElement(new { id = TeamsActivities.BotId }), ["text"] = BotJson.ToElement("<at>ConventionBot</at>") } }];

        var reply = Assert.Single(await _host.AskAsync(message));

        Assert.Equal(ConventionBotHandler.HelpText, reply.Text);
    }

    [Fact]
    public async Task A_card_button_that_carries_its_question_is_answered_like_typing_it()
    {
        var submit = TeamsActivities.Message("");
        submit.Text = null;
        submit.Value = JsonSerializer.SerializeToElement(new { question = "help" });

        var reply = Assert.Single(await _host.AskAsync(submit));

        Assert.Equal(ConventionBotHandler.HelpText, reply.Text);
    }

    [Fact]
    public async Task Something_the_letters_do_not_mention_is_answered_honestly()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("quantum chromodynamics")));

        Assert.StartsWith("The letters do not say.", Replies.Said(reply));
        Assert.Equal(Replies.Said(reply).Split("\n\n")[0], reply.Summary);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_one_turn()
    {
        var first = await _host.AskAsync(TeamsActivities.Message("help", id: "same-id"));
        var second = await _host.AskAsync(TeamsActivities.Message("help", id: "same-id"));

        Assert.Single(first);
        Assert.Empty(second);
    }
}
