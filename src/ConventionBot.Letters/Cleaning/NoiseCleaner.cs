using System.Net;
using System.Text.RegularExpressions;

namespace ConventionBot.Letters.Cleaning;

/// <summary>
/// Cleans one line of a converted letter: Word leftovers ("[bookmark: _Hlk…]", "[image: ]"), HTML tags such as
/// &lt;u&gt;, Markdown marks (headings, quotes, emphasis, links), bullets, tabs and doubled spaces.
/// </summary>
internal static partial class NoiseCleaner
{
    [GeneratedRegex(@"\[(?:bookmark|image)\b[^\]]*\]", RegexOptions.IgnoreCase)] private static partial Regex WordLeftovers();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)\s]*\)")] private static partial Regex MarkdownLink();
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"^\s*(?:>\s*)+")] private static partial Regex QuoteMarker();
    [GeneratedRegex(@"^\s*#{1,6}\s+")] private static partial Regex HeadingMarker();
    [GeneratedRegex(@"^\s*(?:[·•▪◦‣●■]|[-*+](?=\s)|\d{1,2}[.)](?=\s))\s*")] private static partial Regex BulletMarker();
    [GeneratedRegex(@"\*+|(?<![\w])__|__(?![\w])")] private static partial Regex Emphasis();
    [GeneratedRegex(@"[ \t\u00A0\u2007\u202F]+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\s+([,;])")] private static partial Regex SpaceBeforePunctuation();

    public static (string Text, bool IsBullet) Clean(string line)
    {
        var text = line.Replace('\t', ' ').Replace("\u200B", "").Replace("\uFEFF", "");
        text = WordLeftovers().Replace(text, "");
        text = MarkdownLink().Replace(text, "$1");
        text = HtmlTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = QuoteMarker().Replace(text, "");
        text = HeadingMarker().Replace(text, "");
        var bullet = BulletMarker().Match(text);
        if (bullet.Success)
            text = text[bullet.Length..];
        text = Emphasis().Replace(text, "");
        text = Spaces().Replace(text, " ");
        text = SpaceBeforePunctuation().Replace(text, "$1");
        return (text.Trim(), bullet.Success);
    }
}
