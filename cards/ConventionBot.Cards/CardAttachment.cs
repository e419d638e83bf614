using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Cards;

/// <summary>A template from cards/ expanded with data, as the attachment of an activity.</summary>
public static class CardAttachment
{
    public static Attachment From(string template, object data) => From(CardTemplate.Named(template).Expand(data));

    public static Attachment From(JsonObject card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = BotJson.ToElement(card),
    };

    /// <summary>
    /// A reply made of one card. Its summary is what a notification or a client without cards shows, so it carries
    /// the same words as the card's fallbackText.
    /// </summary>
    public static Activity Reply(Activity incoming, string summary, Attachment card)
    {
        var reply = incoming.CreateReply();
        reply.Summary = summary;
        reply.Attachments = [card];
        return reply;
    }
}
