using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards.Templating;

namespace ConventionBot.Cards.Tests;

public sealed class CardAttachmentTests
{
    [Fact]
    public void A_card_becomes_an_Adaptive_Card_attachment_with_the_same_content()
    {
        var attachment = CardAttachment.From("letter", new { Title = "Letter of 1 May 2027", From = (string?)null, File = "a.txt", FallbackText = "x", Paragraphs = new[] { "Excellency," }, Omitted = 0 });

        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal("Letter of 1 May 2027", attachment.Content!.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_card_above_28_KB_is_refused_before_it_reaches_Teams()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["fallbackText"] = new string('x', 29 * 1024) };

        var error = Assert.Throws<TemplateException>(() => CardAttachment.From(card));

        Assert.Contains("above the 28672", error.Message);
    }
}
