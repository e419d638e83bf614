using System.Text;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Cleaning;

/// <summary>
/// Turns the raw text of a converted letter into clean paragraphs and sentences: noise removed, wrapped lines
/// joined, the letterhead gathered into one block, page furniture that a page break pushed into the middle of a
/// paragraph moved out of it, and the repeated "President … c/o … Implementation Support Unit" footer removed.
/// </summary>
public static partial class LetterCleaner
{
    private const int MaxBlockLineLength = 90;

    /// <summary>Only a paragraph of real prose is left hanging by a page break; "Excellencies, dear friends," is not.</summary>
    private const int MinHangingLength = 80;

    [GeneratedRegex(@"^(?:Yours (?:sincerely|faithfully|truly)|Sincerely|(?:With )?(?:kind|best) regards|Respectfully)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ClosingLine();

    /// <summary>The letterhead footer that OCR glued to the start of a body paragraph.</summary>
    [GeneratedRegex(@"(?:President(?:-Designate)?|Chair|Co-Chairs?)\s+of\s+the\s+[^.]{3,120}?\s+c/o\s+[^.]{0,120}?Implementation Support Unit\s+(?=\p{Lu})")]
    private static partial Regex FooterFragment();

    /// <summary>Starts with a lower-case word, as the rest of a broken sentence does (an e-mail address does not count).</summary>
    [GeneratedRegex(@"^\p{Ll}+[\s,;]")]
    private static partial Regex ContinuesASentence();

    [GeneratedRegex(@"[.!?:;""”’)]$")]
    private static partial Regex EndsSentence();

    private sealed record RawParagraph(List<string> Lines, bool IsBullet, bool IsBlock);

    public static CleanDocument Clean(string raw)
    {
        var paragraphs = SplitParagraphs(raw);
        paragraphs = GatherLetterhead(paragraphs);
        paragraphs = paragraphs.Select(p => p.IsBlock ? p : p with { IsBlock = LooksLikeBlock(p) }).ToList();
        paragraphs = RejoinAcrossPageBreaks(paragraphs);
        return Assemble(StripFooters(paragraphs));
    }

    private static List<RawParagraph> SplitParagraphs(string raw)
    {
        var paragraphs = new List<RawParagraph>();
        List<string>? lines = null;
        var bullet = false;
        foreach (var rawLine in raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var (text, isBullet) = NoiseCleaner.Clean(rawLine);
            if (text.Length == 0)
            {
                Flush();
                continue;
            }
            if (isBullet)
                Flush();
            lines ??= [];
            bullet |= isBullet && lines.Count == 0;
            lines.Add(text);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (lines is { Count: > 0 })
                paragraphs.Add(new RawParagraph(lines, bullet, IsBlock: false));
            lines = null;
            bullet = false;
        }
    }

    /// <summary>Everything above the date line is the letterhead; its "•"-separated parts read as lines of one block.</summary>
    private static List<RawParagraph> GatherLetterhead(List<RawParagraph> paragraphs)
    {
        var dateIndex = paragraphs.FindIndex(p => p.Lines.Count == 1 && DateMentionParser.IsStandaloneDate(p.Lines[0]));
        if (dateIndex <= 0 || dateIndex > 6)
            return paragraphs;
        var lines = paragraphs.Take(dateIndex)
            .SelectMany(p => p.Lines)
            .SelectMany(line => line.Split(['•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return [new RawParagraph(lines, IsBullet: false, IsBlock: true), .. paragraphs.Skip(dateIndex)];
    }

    /// <summary>
    /// A block is a stack of short lines that do not run on into each other: a meeting's name, dates and venue,
    /// a running header, a signature. Hard-wrapped prose runs on: its lines continue in lower case.
    /// </summary>
    private static bool LooksLikeBlock(RawParagraph paragraph)
    {
        var lines = paragraph.Lines;
        if (lines.Count < 2 || paragraph.IsBullet || lines.Any(l => l.Length > MaxBlockLineLength))
            return false;
        var runOns = Enumerable.Range(1, lines.Count - 1).Count(i => char.IsLower(lines[i][0]));
        var looksWrapped = EndsSentence().IsMatch(lines[^1]) && lines.Average(l => l.Length) > 55;
        return runOns * 2 < lines.Count - 1 && !looksWrapped;
    }

    /// <summary>
    /// A page break can leave a sentence hanging ("destroying stockpiled mines,") with the running header or footer
    /// between it and its end ("assisting survivors …"). Join the two halves and keep the furniture after them.
    /// </summary>
    private static List<RawParagraph> RejoinAcrossPageBreaks(List<RawParagraph> paragraphs)
    {
        var result = new List<RawParagraph>(paragraphs);
        for (var i = 0; i < result.Count; i++)
        {
            var head = result[i];
            if (head.IsBlock || EndsSentence().IsMatch(head.Lines[^1]) || ClosingLine().IsMatch(head.Lines[0]) || head.Lines.Sum(l => l.Length) < MinHangingLength)
                continue;
            for (var j = i + 1; j < Math.Min(result.Count, i + 5); j++)
            {
                var tail = result[j];
                if (tail.IsBlock || tail.IsBullet || !ContinuesASentence().IsMatch(tail.Lines[0]))
                    continue;
                var furniture = result.GetRange(i + 1, j - i - 1);
                result.RemoveRange(i + 1, j - i);
                result[i] = head with { Lines = [.. head.Lines, .. tail.Lines] };
                result.InsertRange(i + 1, furniture);
                break;
            }
        }
        return result;
    }

    private static List<RawParagraph> StripFooters(List<RawParagraph> paragraphs)
    {
        var closing = paragraphs.FindIndex(p => ClosingLine().IsMatch(p.Lines[0]));
        var bodyEnd = closing < 0 ? paragraphs.Count : closing;
        return paragraphs
            .Select((p, i) => i < bodyEnd && !p.IsBlock
                ? p with { Lines = p.Lines.Select(l => FooterFragment().Replace(l, "")).ToList() }
                : p)
            .ToList();
    }

    private static CleanDocument Assemble(List<RawParagraph> paragraphs)
    {
        var text = new StringBuilder();
        var cleanParagraphs = new List<CleanParagraph>();
        var sentences = new List<SourceSentence>();
        var paragraphOfSentence = new List<int>();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
                text.Append("\n\n");
            var offset = text.Length;
            var body = paragraph.IsBlock ? string.Join("\n", paragraph.Lines) : JoinProse(paragraph.Lines);
            text.Append(body);
            var first = sentences.Count;
            var pieces = paragraph.IsBlock ? [(0, body.Length)] : SentenceSplitter.Split(body);
            foreach (var (start, length) in pieces)
            {
                paragraphOfSentence.Add(cleanParagraphs.Count);
                sentences.Add(new SourceSentence(sentences.Count, offset + start, length, body.Substring(start, length)));
            }
            cleanParagraphs.Add(new CleanParagraph(cleanParagraphs.Count, paragraph.IsBlock, paragraph.IsBullet, paragraph.Lines, first, sentences.Count - first));
        }
        return new CleanDocument(text.ToString(), cleanParagraphs, sentences, paragraphOfSentence);
    }

    private static string JoinProse(List<string> lines)
    {
        var joined = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            // "non-" + "governmental" joins without a space; any other wrap is a space.
            if (!(joined[^1] == '-' && char.IsLower(lines[i][0])))
                joined.Append(' ');
            joined.Append(lines[i]);
        }
        return joined.ToString();
    }
}
