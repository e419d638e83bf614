using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Builds the letter's meetings: each dated mention of a meeting is an observation; observations of the same
/// meeting (same key) merge, the most precise dates winning and the sentence that gave them becoming the source.
/// A meeting the letter never dates is not a meeting fact: nothing could be said about when or where it is.
/// </summary>
internal static partial class MeetingExtractor
{
    [GeneratedRegex(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PreModifierGap();

    [GeneratedRegex(@"\b(?:propos\w*|either|tentative\w*|provisional\w*|to be confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalWords();

    private sealed record Observation(
        MeetingMention Mention,
        MeetingIdentity? Identity,
        DateSpan? Dates,
        IReadOnlyList<DateSpan> Alternatives,
        TimeRange? Times,
        Venue? Venue,
        MeetingFormat? Format,
        SourceSentence Sentence,
        bool ResolvedByElimination = false)
    {
        public bool IsDated => Dates is not null || Alternatives.Count > 0;

        /// <summary>Lower is better: day-precise dates or alternatives first, then month, then year.</summary>
        public int Rank => Alternatives.Count > 0 ? 0 : Dates is null ? 9 : (int)Dates.Precision;
    }

    public static IReadOnlyList<Meeting> Extract(IReadOnlyList<SentenceAnalysis> sentences, DateOnly? letterDate)
    {
        var observations = sentences.SelectMany(s => Observe(s, letterDate)).ToList();
        observations = ResolveUnnamed(observations);
        return observations
            .Where(o => o.Identity is not null)
            .GroupBy(o => o.Identity!.Key)
            .Where(group => group.Any(o => o.IsDated))
            .Select(group => Merge(group.ToList(), letterDate))
            .OrderBy(m => m.EarliestStart)
            .ToList();
    }

    /// <summary>The meeting keys a sentence refers to, for deadlines and formats; unresolvable mentions are left out.</summary>
    public static IReadOnlyList<MeetingIdentity> Identify(SentenceAnalysis sentence, IReadOnlyList<Meeting> letterMeetings, DateOnly? letterDate)
    {
        var identities = new List<MeetingIdentity>();
        foreach (var mention in sentence.Meetings)
        {
            var identity = mention.Month is { } month
                ? ByMonth(letterMeetings, month) ?? MeetingIdentity.Of(mention, null, letterDate)
                : MeetingIdentity.Of(mention, null, letterDate) ?? UniqueOfKind(letterMeetings, mention.Kind);
            if (identity is not null && identities.All(i => i.Key != identity.Key))
                identities.Add(identity);
        }
        return identities;
    }

    private static IEnumerable<Observation> Observe(SentenceAnalysis sentence, DateOnly? letterDate)
    {
        if (sentence.Meetings.Count == 0)
            yield break;
        var text = sentence.Sentence.Text;
        var bound = Bind(text, sentence.Meetings, sentence.Dates.Where(d => !d.IsDeadline).ToList());
        var format = FormatDetector.Detect(text);
        var blockVenue = sentence.IsBlock ? VenueParser.FromBlockLines(VenueLines(sentence)) : null;
        for (var i = 0; i < sentence.Meetings.Count; i++)
        {
            var mention = sentence.Meetings[i];
            var dates = bound[i];
            var group = dates.FirstOrDefault(d => d.AlternativeGroup is not null)?.AlternativeGroup;
            var alternatives = group is null ? [] : dates.Where(d => d.AlternativeGroup == group).Select(d => d.Span).ToList();
            var best = group is null ? dates.OrderBy(d => d.Span.Precision).FirstOrDefault()?.Span : null;
            // "the 2010 Tenth Meeting", "the Convention's 2014 Third Review Conference": the name itself dates it.
            if (best is null && group is null && mention.Year is { } namedYear)
                best = DateSpan.Year(namedYear);
            var regionEnd = i + 1 < sentence.Meetings.Count ? sentence.Meetings[i + 1].Start : text.Length;
            var venue = dates.Count == 0 ? null : blockVenue ?? VenueParser.FromProse(text[mention.End..regionEnd]);
            var identity = MeetingIdentity.Of(mention, best ?? alternatives.FirstOrDefault(), letterDate);
            var times = dates.Select(d => d.Times).FirstOrDefault(t => t is not null);
            yield return new Observation(mention, identity, best, alternatives, times, venue, format, sentence.Sentence);
        }
    }

    /// <summary>
    /// Which meeting each date belongs to: a date written just before a name belongs to it ("the 29 May First
    /// Preparatory Meeting"); otherwise to the nearest name before it; a date before every name, to the first.
    /// </summary>
    private static List<DateMention>[] Bind(string text, IReadOnlyList<MeetingMention> mentions, List<DateMention> dates)
    {
        var bound = mentions.Select(_ => new List<DateMention>()).ToArray();
        foreach (var date in dates)
        {
            var index = -1;
            for (var i = 0; i < mentions.Count && index < 0; i++)
                if (mentions[i].Start >= date.End && PreModifierGap().IsMatch(text[date.End..mentions[i].Start]))
                    index = i;
            if (index < 0)
                index = LastIndexBefore(mentions, date.Start);
            if (index < 0)
                index = 0;
            bound[index].Add(date);
        }
        return bound;
    }

    private static int LastIndexBefore(IReadOnlyList<MeetingMention> mentions, int position)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
            if (mentions[i].End <= position)
                return i;
        return -1;
    }

    private static IEnumerable<string> VenueLines(SentenceAnalysis sentence)
    {
        var text = sentence.Sentence.Text;
        var offset = 0;
        foreach (var line in sentence.Lines)
        {
            var start = text.IndexOf(line, offset, StringComparison.Ordinal);
            var end = start + line.Length;
            offset = Math.Max(offset, end);
            var namesOrDates = sentence.Meetings.Any(m => m.Start < end && start < m.End) || sentence.Dates.Any(d => d.Start < end && start < d.End);
            if (start >= 0 && !namesOrDates)
                yield return line;
        }
    }

    /// <summary>"the Intersessional Meetings" with no year is the letter's one intersessional meeting, if it has exactly one.</summary>
    private static List<Observation> ResolveUnnamed(List<Observation> observations)
    {
        var known = observations.Where(o => o.Identity is not null && o.IsDated).Select(o => o.Identity!).DistinctBy(i => i.Key).ToList();
        return observations
            .Select(o => o.Identity is not null ? o : o with { Identity = UniqueOfKind(known, o.Mention.Kind), ResolvedByElimination = true })
            .ToList();
    }

    private static MeetingIdentity? UniqueOfKind(IEnumerable<MeetingIdentity> identities, MeetingKind kind)
    {
        var ofKind = identities.Where(i => i.Kind == kind).Take(2).ToList();
        return ofKind.Count == 1 ? ofKind[0] : null;
    }

    private static MeetingIdentity? UniqueOfKind(IReadOnlyList<Meeting> meetings, MeetingKind kind) =>
        UniqueOfKind(meetings.Select(IdentityOf), kind);

    private static MeetingIdentity? ByMonth(IReadOnlyList<Meeting> meetings, int month) =>
        meetings.Where(m => m.Dates is { Precision: DatePrecision.Day } d && d.Start.Month == month)
            .OrderBy(m => m.Kind == MeetingKind.Intersessional ? 0 : 1)
            .Select(IdentityOf)
            .FirstOrDefault();

    private static MeetingIdentity IdentityOf(Meeting meeting) => new(meeting.Key, meeting.Name, meeting.Abbreviation, meeting.Kind);

    private static Meeting Merge(List<Observation> observations, DateOnly? letterDate)
    {
        var best = observations.Where(o => o.IsDated).MinBy(o => o.Rank)!;
        var identity = best.Identity!;
        var format = observations.Select(o => o.Format).FirstOrDefault(f => f is not null);
        var venue = observations.Where(o => o.IsDated).Aggregate((Venue?)null, (merged, o) => VenueParser.Merge(merged, o.Venue));
        var meeting = new Meeting(
            identity.Key,
            identity.Name,
            identity.Abbreviation,
            identity.Kind,
            // A bare "the Intersessional Meetings" says nothing about which meeting it is, so it is no alias of one.
            observations.Where(o => !o.ResolvedByElimination).Select(o => o.Mention.Surface).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            best.Dates,
            best.Alternatives,
            best.Times ?? observations.Select(o => o.Times).FirstOrDefault(t => t is not null),
            venue,
            format ?? (venue is null ? null : MeetingFormat.InPerson),
            MeetingStatus.Confirmed,
            best.Sentence);
        var status = meeting.LatestEnd < letterDate ? MeetingStatus.Past
            : ProposalWords().IsMatch(best.Sentence.Text) ? MeetingStatus.Proposed
            : MeetingStatus.Confirmed;
        return meeting with { Status = status };
    }
}
