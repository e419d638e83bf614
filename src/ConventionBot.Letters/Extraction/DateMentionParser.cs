using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Finds the dates in one sentence, in every form the letters use ("20-24 June 2011", "30 June – 2 July 2020",
/// "30 November - 4 December / 2009", "Monday 3 September", "in August", "in November 2020", "either from 25 to 29
/// November or from 2 to 6 December 2013"), and settles each one's year: its own, else its alternative's, else an
/// "in 2013" of the same sentence, else the letter's year.
/// </summary>
internal static partial class DateMentionParser
{
    private const string Day = @"(?:[0-3]?\d)(?:st|nd|rd|th)?";
    private const string Year = @"(?:19|20)\d{2}";
    private const string RangeDash = @"\s*(?:[-–—]|to|until|through)\s*";
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private const string CrossMonth =
        $@"\b(?<d1>{Day})\s+(?<m1>{Months.Pattern})(?:\s+(?<y1>{Year}))?{RangeDash}(?<d2>{Day})\s+(?<m2>{Months.Pattern})(?:\s*,?\s*/?\s*(?<y2>{Year}))?";

    private const string SameMonth =
        $@"\b(?<d1>{Day}){RangeDash}(?<d2>{Day})\s+(?<m2>{Months.Pattern})(?:\s*,?\s*/?\s*(?<y2>{Year}))?";

    private const string MonthFirst =
        $@"\b(?<m1>{Months.Pattern})\s+(?<d1>{Day})(?:{RangeDash}(?<d2>{Day}))?,?\s+(?<y2>{Year})";

    private const string SingleDay =
        $@"(?:\b{Weekday},?\s+)?\b(?:the\s+)?(?<d1>{Day})(?:\s+of)?\s+(?<m1>{Months.Pattern})(?:,?\s+(?<y1>{Year}))?";

    private const string IsoDay = @"\b(?<y1>\d{4})-(?<m1>\d{2})-(?<d1>\d{2})\b";

    private const string MonthOnly =
        $@"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|mid|late)[-\s])?(?<m1>{Months.Pattern})(?:\s+(?<y1>{Year}))?(?!\s*{Day})";

    private const string YearOnly = $@"\b[Ii]n\s+(?<y1>{Year})\b(?!\s*[-–])";

    [GeneratedRegex(CrossMonth)] private static partial Regex CrossMonthRegex();
    [GeneratedRegex(SameMonth)] private static partial Regex SameMonthRegex();
    [GeneratedRegex(MonthFirst)] private static partial Regex MonthFirstRegex();
    [GeneratedRegex(SingleDay)] private static partial Regex SingleDayRegex();
    [GeneratedRegex(IsoDay)] private static partial Regex IsoDayRegex();
    [GeneratedRegex(MonthOnly)] private static partial Regex MonthOnlyRegex();
    [GeneratedRegex(YearOnly)] private static partial Regex YearOnlyRegex();

    [GeneratedRegex(@"(?:\bby|\bbefore|\bno later than|\bnot later than|\buntil|\bdeadline(?:\s+is|\s+of)?|\bclose[sd]?\s+on)\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineLeadIn();

    [GeneratedRegex(@"^\s*,?\s*or\s+(?:from\s+|on\s+|between\s+)?$")]
    private static partial Regex AlternativeJoiner();

    [GeneratedRegex(@"(?:\b(?:from|between)\s+)?(?<h1>[0-2]?\d)[:.h](?<n1>[0-5]\d)\s*(?:[-–—]|to|and|until)\s*(?<h2>[0-2]?\d)[:.h](?<n2>[0-5]\d)")]
    private static partial Regex TimeRangeRegex();

    [GeneratedRegex($@"\bin\s+(?<y>{Year})\b")]
    private static partial Regex InYear();

    [GeneratedRegex(@"\b(?:will|shall|propos\w*|look forward|next|upcoming|forthcoming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    [GeneratedRegex($@"^(?:{Weekday},?\s+)?(?:{Day}\s+{Months.Pattern},?\s+{Year}|{Months.Pattern}\s+{Day},?\s+{Year}|\d{{4}}-\d{{2}}-\d{{2}})$")]
    private static partial Regex StandaloneDate();

    /// <summary>True for a line that is nothing but one full date, as a letter's date line is.</summary>
    public static bool IsStandaloneDate(string line) => StandaloneDate().IsMatch(line.Trim());

    private sealed record RawDate(int Start, int End, DatePrecision Precision, int Day1, int Month1, int? Year1, int Day2, int Month2, int? Year2)
    {
        public int? OwnYear => Year2 ?? Year1;
    }

    /// <param name="sentence">The sentence text.</param>
    /// <param name="letterDate">The letter's date, for years the sentence leaves out; null when unknown.</param>
    /// <param name="masked">Character ranges to ignore, such as "Oslo Action Plan 2019 - 2024".</param>
    public static IReadOnlyList<DateMention> Parse(string sentence, DateOnly? letterDate, IReadOnlyList<Range>? masked = null)
    {
        var raws = FindRaw(sentence, masked ?? []);
        if (raws.Count == 0)
            return [];
        var groups = AlternativeGroups(sentence, raws);
        var sentenceYears = InYear().Matches(sentence).Select(m => (m.Index, Year: int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))).ToList();
        var futureSentence = FutureMarker().IsMatch(sentence);
        var mentions = new List<DateMention>(raws.Count);
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i];
            var isDeadline = DeadlineLeadIn().IsMatch(sentence.AsSpan(0, raw.Start).ToString().TrimEnd('*', ' ') + " ");
            var year = raw.OwnYear
                ?? GroupYear(raws, groups, i)
                ?? NearestYear(sentenceYears, raw.Start);
            var inferredFromLetter = year is null;
            year ??= letterDate?.Year;
            if (year is null)
                continue;
            var span = ToSpan(raw, year.Value);
            if (span is null)
                continue;
            if (inferredFromLetter && letterDate is { } written && span.End < written && (isDeadline || (futureSentence && span.End < written.AddDays(-60))))
                span = ToSpan(raw, year.Value + 1) ?? span;
            mentions.Add(new DateMention(raw.Start, raw.End, span, raw.OwnYear is null, isDeadline, null, groups[i]));
        }
        return AttachTimes(sentence, mentions);
    }

    private static List<RawDate> FindRaw(string sentence, IReadOnlyList<Range> masked)
    {
        var candidates = new List<RawDate>();
        // Every form but "in August" has a digit: a sentence without one is spared those patterns.
        if (sentence.AsSpan().ContainsAnyInRange('0', '9'))
        {
            Collect(candidates, CrossMonthRegex(), sentence, DatePrecision.Day);
            Collect(candidates, SameMonthRegex(), sentence, DatePrecision.Day);
            Collect(candidates, MonthFirstRegex(), sentence, DatePrecision.Day);
            Collect(candidates, SingleDayRegex(), sentence, DatePrecision.Day);
            Collect(candidates, IsoDayRegex(), sentence, DatePrecision.Day);
            Collect(candidates, YearOnlyRegex(), sentence, DatePrecision.Year);
        }
        Collect(candidates, MonthOnlyRegex(), sentence, DatePrecision.Month);

        // Keep the earliest, then longest, of overlapping readings: "20-24 June 2011" beats "24 June 2011".
        var chosen = new List<RawDate>();
        foreach (var candidate in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End - c.Start))
        {
            if (chosen.Count > 0 && candidate.Start < chosen[^1].End)
                continue;
            if (masked.Any(range => Overlaps(range, candidate, sentence.Length)))
                continue;
            chosen.Add(candidate);
        }
        return chosen;
    }

    private static bool Overlaps(Range range, RawDate date, int length)
    {
        var (offset, count) = range.GetOffsetAndLength(length);
        return date.Start < offset + count && offset < date.End;
    }

    private static void Collect(List<RawDate> into, Regex regex, string sentence, DatePrecision precision)
    {
        foreach (Match m in regex.Matches(sentence))
        {
            var month1 = MonthOf(m.Groups["m1"]) ?? MonthOf(m.Groups["m2"]) ?? 1;
            var month2 = MonthOf(m.Groups["m2"]) ?? month1;
            var day1 = Number(m.Groups["d1"]) ?? 1;
            var day2 = Number(m.Groups["d2"]) ?? day1;
            into.Add(new RawDate(m.Index, m.Index + m.Length, precision, day1, month1, Number(m.Groups["y1"]), day2, month2, Number(m.Groups["y2"])));
        }
    }

    private static int? MonthOf(Group group)
    {
        if (!group.Success)
            return null;
        return char.IsDigit(group.Value[0]) ? int.Parse(group.Value, CultureInfo.InvariantCulture) : Months.Parse(group.Value);
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.ValueSpan.TrimEnd("stndrh"), CultureInfo.InvariantCulture) : null;

    private static DateSpan? ToSpan(RawDate raw, int endYear)
    {
        try
        {
            switch (raw.Precision)
            {
                case DatePrecision.Year:
                    return DateSpan.Year(endYear);
                case DatePrecision.Month:
                    return DateSpan.Month(endYear, raw.Month1);
                default:
                    // "30 December – 2 January 2027": the range starts in the year before it ends.
                    var startYear = raw.Year1 ?? (raw.Month1 > raw.Month2 ? endYear - 1 : endYear);
                    var start = new DateOnly(startYear, raw.Month1, raw.Day1);
                    var end = new DateOnly(endYear, raw.Month2, raw.Day2);
                    return end < start ? null : DateSpan.Days(start, end);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // "31 June" is not a date; better none than a wrong one.
        }
    }

    private static int?[] AlternativeGroups(string sentence, List<RawDate> raws)
    {
        var groups = new int?[raws.Count];
        for (var i = 1; i < raws.Count; i++)
        {
            var between = sentence[raws[i - 1].End..raws[i].Start];
            if (!AlternativeJoiner().IsMatch(between) || raws[i].Precision != DatePrecision.Day)
                continue;
            groups[i - 1] ??= i - 1;
            groups[i] = groups[i - 1];
        }
        return groups;
    }

    private static int? GroupYear(List<RawDate> raws, int?[] groups, int index)
    {
        if (groups[index] is not { } group)
            return null;
        for (var j = index + 1; j < raws.Count && groups[j] == group; j++)
            if (raws[j].OwnYear is { } year)
                return year;
        return null;
    }

    private static int? NearestYear(List<(int Index, int Year)> years, int position) =>
        years.Count == 0 ? null : years.MinBy(y => Math.Abs(y.Index - position)).Year;

    private static IReadOnlyList<DateMention> AttachTimes(string sentence, List<DateMention> mentions)
    {
        foreach (Match m in TimeRangeRegex().Matches(sentence))
        {
            var index = mentions.FindLastIndex(d => d.End <= m.Index && m.Index - d.End <= 40);
            if (index < 0 || TimeOf(m.Groups["h1"], m.Groups["n1"]) is not { } from || TimeOf(m.Groups["h2"], m.Groups["n2"]) is not { } to)
                continue;
            mentions[index] = mentions[index] with { Times = new TimeRange(from, to) };
        }
        return mentions;
    }

    private static TimeOnly? TimeOf(Group hours, Group minutes)
    {
        var h = int.Parse(hours.Value, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes.Value, CultureInfo.InvariantCulture);
        return h < 24 ? new TimeOnly(h, m) : null;
    }
}
