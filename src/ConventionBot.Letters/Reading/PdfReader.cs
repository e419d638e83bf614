using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ConventionBot.Letters.Reading;

/// <summary>
/// PDF letters. A PDF has no paragraphs, only positioned words: words on one baseline make a line, and a gap
/// between lines clearly wider than a line's spacing starts a new paragraph (a blank line, as in the text letters).
/// A line's spacing is the page's tightest common gap, or twice the glyphs' height (about one font size and a half)
/// where every line stands alone.
/// </summary>
public sealed class PdfReader : ILetterFormatReader
{
    /// <summary>A gap this many times the usual line spacing is a paragraph break.</summary>
    private const double ParagraphGapFactor = 1.5;

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public string ReadText(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
                AppendPage(page, text);
            return text.ToString();
        }
        catch (Exception e) when (e is not LetterReadException and not OutOfMemoryException)
        {
            throw new LetterReadException("the file is not a readable PDF document", e);
        }
    }

    private static void AppendPage(Page page, StringBuilder text)
    {
        var words = page.GetWords().ToList();
        var lines = words
            .GroupBy(word => Math.Round(word.BoundingBox.Bottom))
            .OrderByDescending(line => line.Key)
            .Select(line => (Baseline: line.Key, Text: string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
        if (lines.Count == 0)
            return;
        var gaps = lines.Zip(lines.Skip(1), (upper, lower) => upper.Baseline - lower.Baseline).Order().ToList();
        var heights = words.Select(w => w.BoundingBox.Height).Order().ToList();
        var textHeight = heights[heights.Count / 2];
        var lineSpacing = Math.Min(gaps.Count == 0 ? double.MaxValue : gaps[gaps.Count / 10], textHeight * 2);
        text.Append(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            text.Append(gap > lineSpacing * ParagraphGapFactor ? "\n\n" : "\n").Append(lines[i].Text);
        }
        text.Append("\n\n");
    }
}
