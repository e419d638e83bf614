using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Cards.Templating;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Cards;

/// <summary>A template from cards/ expanded with data, as the attachment of an activity.</summary>
public static class CardAttachment
{
    public static Attachment From(string template, object data) => From(CardTemplate.Named(template).Expand(data));

    /// <summary>The card as an attachment, serialised once: its size is checked on the bytes that will be sent.</summary>
    public static Attachment From(JsonObject card)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(card, BotJson.Options);
        if (bytes.Length > CardTemplate.MaxCardBytes)
            throw new TemplateException($"a card of {bytes.Length} bytes is above the {CardTemplate.MaxCardBytes} that Teams accepts");
        using var document = JsonDocument.Parse(bytes);
        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = document.RootElement.Clone() };
    }

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
