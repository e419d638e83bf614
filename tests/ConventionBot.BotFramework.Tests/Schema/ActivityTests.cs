using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Testing;

namespace ConventionBot.BotFramework.Tests.Schema;

public class ActivityTests
{
    private static string CapturedLine(int index) =>
        File.ReadLines(Path.Combine(RepositoryPaths.Shared, "traffic", "agents-playground-msteams.jsonl")).ElementAt(index);

    [Fact]
    public void The_Playgrounds_message_reads_with_its_Teams_channel_data()
    {
        var activity = JsonSerializer.Deserialize<Activity>(CapturedLine(2), BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("when is registration due?", activity.Text);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.GetTeamsChannelData()!.Tenant!.Id);
        Assert.Equal("Alex Wilber", activity.From!.Name);
        Assert.Equal("clientInfo", activity.Entities![0].Type);
    }

    [Fact]
    public void Every_captured_activity_survives_a_round_trip_unchanged()
    {
        for (var i = 0; i < 3; i++)
        {
            var original = JsonNode.Parse(CapturedLine(i))!;
            var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize<Activity>(CapturedLine(i), BotJson.Options), BotJson.Options))!;
            Assert.True(JsonNode.DeepEquals(Normalised(original), Normalised(roundTripped)), $"line {i}: {roundTripped.ToJsonString()}");
        }
    }

    [Fact]
    public void Unknown_properties_survive_and_nulls_are_not_written()
    {
        var json = """{"type":"message","text":"hi","futureField":{"a":[1,2]},"from":{"id":"u1","tenantRole":"guest"},"replyToId":null}""";

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize<Activity>(json, BotJson.Options), BotJson.Options);

        Assert.Contains("\"futureField\":{\"a\":[1,2]}", written);
        Assert.Contains("\"tenantRole\":\"guest\"", written);
        Assert.DoesNotContain("null", written);
        Assert.DoesNotContain("replyToId", written);
    }

    [Fact]
    public void The_bots_own_mention_is_removed_from_the_text_and_others_are_kept()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""
            {"type":"message","text":"<at>ConventionBot</at> when is <at>Alex</at> registering?","recipient":{"id":"bot-1"},
             "entities":[{"type":"mention","mentioned":{"id":"bot-1","name":"ConventionBot"},"text":"<at>ConventionBot</at>"},
                         {"type":"mention","mentioned":{"id":"user-2","name":"Alex"},"text":"<at>Alex</at>"}]}
            """, BotJson.Options)!;

        Assert.Equal("when is <at>Alex</at> registering?", Mentions.RemoveRecipientMention(activity));
    }

    [Fact]
    public void A_reply_goes_back_to_the_sender_in_the_same_conversation()
    {
        var activity = JsonSerializer.Deserialize<Activity>(CapturedLine(2), BotJson.Options)!;

        var reply = activity.CreateReply("hello");

        Assert.Equal((activity.Recipient!.Id, activity.From!.Id), (reply.From!.Id, reply.Recipient!.Id));
        Assert.Equal(activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Equal(activity.ServiceUrl, reply.ServiceUrl);
    }

    /// <summary>Timestamps are the one thing written back in another (equivalent) form.</summary>
    private static JsonNode Normalised(JsonNode node)
    {
        foreach (var name in new[] { "timestamp", "localTimestamp" })
            if (node[name] is { } value)
                node[name] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        return node;
    }
}
