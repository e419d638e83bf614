using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>Finds the meetings a sentence names, in the ways the Convention's letters name them.</summary>
internal static partial class MeetingMentionFinder
{
    private const string Year = @"(?:19|20)\d{2}";
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly Regex StatesParties = new(
        $@"(?:\b(?<yr>{Year})\s+)?\b(?<ord>{Ordinals.Pattern})\s+Meeting\s+of\s+the\s+States\s+Parties(?:\s*\(\s*\d{{1,2}}\s?MSP\s*\))?",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex StatesPartiesShort = new(@"\b(?<n>\d{1,2})\s?MSP\b", Options);

    private static readonly Regex ReviewConference = new(
        $@"(?:\b(?<yr>{Year})\s+)?\b(?<ord>{Ordinals.Pattern})\s+Review\s+Conference", Options | RegexOptions.IgnoreCase);

    private static readonly Regex Summit = new(
        $@"(?:\b(?<yr>{Year})\s+)?\b(?<city>Nairobi|Cartagena|Maputo|Oslo|Siem\s+Reap(?:[-–]Angkor)?)\s+(?:Summit|Review\s+Conference)(?:\s+on\s+a\s+Mine[-\s]Free\s+World)?",
        Options);

    private static readonly Regex Intersessional = new(
        $@"(?:\b(?<rel>this|next|last)\s+year['’]s\s+|\b(?<yr>{Year})\s+)?\bintersessional\s+(?:meetings?|work\s+programme)(?:\s+(?:of|in)\s+(?<yr2>{Year}))?",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex StandingCommittees = new(
        $@"(?:\b(?<yr>{Year})\s+)?\bmeetings\s+of\s+the\s+Standing\s+Committees(?:\s+in\s+(?<yr2>{Year}))?", Options | RegexOptions.IgnoreCase);

    private static readonly Regex MonthMeetings = new($@"\bthe\s+(?<mon>{Months.Pattern})\s+meetings\b", Options);

    private static readonly Regex Preparatory = new(
        $@"\b(?<ord>{Ordinals.Pattern})\s+Preparatory\s+Meeting\b", Options | RegexOptions.IgnoreCase);

    private static readonly Regex InformalPreparatory = new(@"\binformal\s+preparatory\s+meeting\b", Options | RegexOptions.IgnoreCase);

    private static readonly Regex CommitteeMeeting = new(
        @"\b[Mm]eetings?\s+of\s+the\s+(?<committee>(?:Standing\s+)?Committee\s+on\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the))*)",
        Options);

    public static IReadOnlyList<MeetingMention> Find(string sentence)
    {
        var found = new List<MeetingMention>();
        // Each pattern is run only on a sentence holding a word it cannot match without: most sentences name no
        // meeting, and looking for a word costs far less than running a pattern at every position.
        if (sentence.Contains("parties", StringComparison.OrdinalIgnoreCase))
            Collect(found, StatesParties, sentence, m => new(0, 0, MeetingKind.MeetingOfStatesParties, "", Number: Ordinals.Parse(m.Groups["ord"].Value), Year: YearOf(m, "yr")));
        if (sentence.Contains("MSP", StringComparison.Ordinal))
            Collect(found, StatesPartiesShort, sentence, m => new(0, 0, MeetingKind.MeetingOfStatesParties, "", Number: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        if (sentence.Contains("conference", StringComparison.OrdinalIgnoreCase))
            Collect(found, ReviewConference, sentence, m => new(0, 0, MeetingKind.ReviewConference, "", Number: Ordinals.Parse(m.Groups["ord"].Value), Year: YearOf(m, "yr")));
        if (sentence.Contains("Summit", StringComparison.Ordinal) || sentence.Contains("Conference", StringComparison.Ordinal))
            Collect(found, Summit, sentence, m => new(0, 0, MeetingKind.ReviewConference, "",
                Number: KnownPlaces.ReviewConferenceByCity[Spaces().Replace(m.Groups["city"].Value, " ").Replace('–', '-')], Year: YearOf(m, "yr")));
        if (sentence.Contains("intersessional", StringComparison.OrdinalIgnoreCase))
            Collect(found, Intersessional, sentence, m => new(0, 0, MeetingKind.Intersessional, "", Year: YearOf(m, "yr") ?? YearOf(m, "yr2"), RelativeYear: RelativeYearOf(m)));
        if (sentence.Contains("committees", StringComparison.OrdinalIgnoreCase))
            Collect(found, StandingCommittees, sentence, m => new(0, 0, MeetingKind.Intersessional, "", Year: YearOf(m, "yr") ?? YearOf(m, "yr2")));
        if (sentence.Contains("meetings", StringComparison.Ordinal))
            Collect(found, MonthMeetings, sentence, m => new(0, 0, MeetingKind.Intersessional, "", Month: Months.Parse(m.Groups["mon"].Value)));
        if (sentence.Contains("preparatory", StringComparison.OrdinalIgnoreCase))
        {
            Collect(found, Preparatory, sentence, m => new(0, 0, MeetingKind.Preparatory, "", Number: Ordinals.Parse(m.Groups["ord"].Value)));
            Collect(found, InformalPreparatory, sentence, _ => new(0, 0, MeetingKind.Preparatory, "", Informal: true));
        }
        if (sentence.Contains("Committee", StringComparison.Ordinal))
            Collect(found, CommitteeMeeting, sentence, m => new(0, 0, MeetingKind.Committee, "", Committee: TrimCommittee(m.Groups["committee"].Value)));

        var chosen = new List<MeetingMention>();
        foreach (var mention in found.OrderBy(f => f.Start).ThenByDescending(f => f.End - f.Start))
            if (chosen.Count == 0 || (mention.Start >= chosen[^1].End && !Qualifies(sentence, chosen[^1], mention)))
                chosen.Add(mention);
        return chosen;
    }

    /// <summary>
    /// "the First Preparatory Meeting of the Sixth Review Conference": the conference names which preparatory meeting
    /// this is; it is not a second meeting of the sentence (nor the one its dates belong to).
    /// </summary>
    private static bool Qualifies(string sentence, MeetingMention preparatory, MeetingMention next) =>
        preparatory.Kind == MeetingKind.Preparatory && next.Kind is MeetingKind.ReviewConference or MeetingKind.MeetingOfStatesParties
        && OfThe().IsMatch(sentence[preparatory.End..next.Start]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s+(?:of|for)\s+the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OfThe();

    /// <summary>"this year's", "next year's", "last year's": a year relative to the letter's.</summary>
    private static int? RelativeYearOf(Match m) => m.Groups["rel"].Value.ToLowerInvariant() switch
    {
        "this" => 0,
        "next" => 1,
        "last" => -1,
        _ => null,
    };

    private static void Collect(List<MeetingMention> into, Regex regex, string sentence, Func<Match, MeetingMention> make)
    {
        foreach (Match m in regex.Matches(sentence))
            into.Add(make(m) with { Start = m.Index, End = m.Index + m.Length, Surface = Spaces().Replace(m.Value, " ") });
    }

    private static int? YearOf(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static string TrimCommittee(string name) =>
        Regex.Replace(name, @"(?:\s+(?:and|of|the))+$", "");
}
