using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Tests.Bot;

/// <summary>What a reply says and shows: its text, or its card's fallbackText; the card itself.</summary>
public static class Replies
{
    public static string Said(Activity reply) => reply.Text ?? Card(reply).GetProperty("fallbackText").GetString()!;

    public static JsonElement Card(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return attachment.Content!.Value;
    }

    public static IReadOnlyList<JsonElement> Actions(Activity reply) =>
        Card(reply).TryGetProperty("actions", out var actions) ? actions.EnumerateArray().ToList() : [];

    public static JsonElement Action(Activity reply, string title) =>
        Assert.Single(Actions(reply), a => a.GetProperty("title").GetString() == title);
}
