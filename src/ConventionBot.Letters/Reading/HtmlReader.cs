using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ConventionBot.Letters.Reading;

/// <summary>HTML letters: block elements become paragraphs, &lt;br&gt; a line break; scripts and styles are dropped.</summary>
public sealed class HtmlReader : ILetterFormatReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "header", "footer", "address",
    };

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public string ReadText(byte[] content)
    {
        var source = new PlainTextReader().ReadText(content);
        var document = new HtmlParser().ParseDocument(source);
        var text = new StringBuilder();
        Append(document.Body ?? document.DocumentElement, text);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement { LocalName: "script" or "style" or "head" }:
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "li" } item:
                    text.Append("\n\n- ");
                    Append(item, text);
                    text.Append("\n\n");
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    text.Append("\n\n");
                    Append(element, text);
                    text.Append("\n\n");
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }
}
