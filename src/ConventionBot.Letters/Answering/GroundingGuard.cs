using System.Text.RegularExpressions;
using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Answering;

/// <summary>
/// Checks a phrased answer (a language model's) against the letters it cites: every date it states must be a date
/// those letters give, and every other number must appear in them. What it returns is what no letter supports;
/// an answer with anything in that list must not be sent.
/// </summary>
public static partial class GroundingGuard
{
    public sealed record Source(string Text, DateOnly? LetterDate);

    public static IReadOnlyList<string> Unsupported(string answer, IReadOnlyList<Source> sources, DateOnly today)
    {
        var sourceSpans = sources.SelectMany(s => DateMentionParser.Parse(s.Text, s.LetterDate)).Select(m => m.Span).ToList();
        var sourceDays = sourceSpans.SelectMany(s => new[] { s.Start, s.End }).ToHashSet();
        var sourceNumbers = sources.SelectMany(s => Number().Matches(s.Text).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

        var mentions = DateMentionParser.Parse(answer, today);
        var unsupported = mentions
            .Where(m => !IsSupported(m.Span, sourceSpans, sourceDays))
            .Select(m => answer[m.Start..m.End])
            .ToList();
        // Numbers outside the dates: counts, years alone, meeting numbers ("23MSP").
        var datesMasked = mentions.Aggregate(answer.ToCharArray(), (chars, m) =>
        {
            Array.Fill(chars, ' ', m.Start, m.End - m.Start);
            return chars;
        });
        unsupported.AddRange(Number().Matches(new string(datesMasked)).Select(m => m.Value).Where(n => !sourceNumbers.Contains(n)));
        return unsupported;
    }

    /// <summary>A span of days must start and end on days the letters give; a month or a year must hold one of them.</summary>
    private static bool IsSupported(DateSpan span, List<DateSpan> sourceSpans, HashSet<DateOnly> sourceDays) => span.Precision switch
    {
        DatePrecision.Day => sourceDays.Contains(span.Start) && sourceDays.Contains(span.End),
        _ => sourceSpans.Any(s => s.Start <= span.End && s.End >= span.Start),
    };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
