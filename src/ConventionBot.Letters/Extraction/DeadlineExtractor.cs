using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Deadlines are dates a sentence asks something by ("register … by 13 June 2011", "provide your input to me by
/// 15 June"). The meeting concerned is the one the sentence names, else the one the previous sentence names when
/// this one points back ("these dates"), else the letter's principal meeting.
/// </summary>
internal static partial class DeadlineExtractor
{
    [GeneratedRegex(@"\b(?:regist\w*|input|submi\w*|provide|send|inform|views?|comments?|notif\w*|nominat\w*|confirm\w*|apply|request\w*|repl\w*|respond|sponsor\w*|deadline|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskingWords();

    [GeneratedRegex(@"\bregist", RegexOptions.IgnoreCase)] private static partial Regex Registration();
    [GeneratedRegex(@"\bsponsor", RegexOptions.IgnoreCase)] private static partial Regex Sponsorship();
    [GeneratedRegex(@"\bviews?\b", RegexOptions.IgnoreCase)] private static partial Regex Views();
    [GeneratedRegex(@"\b(?:input|suggestion|comment|submi|contribut)", RegexOptions.IgnoreCase)] private static partial Regex Input();
    [GeneratedRegex(@"\b(?:these|this|those|the)\s+(?:dates?|documents?|meetings?|reports?|proposals?)\b|\bthem\b|\bit\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\b(?:the\s+)?(?:draft\s+)?(?<title>(?:[\p{Lu}\d][\w-]*\s+){1,5}(?:Report|Declaration|Programme|Agenda|Observations|Review|Decisions?))\b")]
    private static partial Regex DocumentTitle();

    public static IReadOnlyList<Deadline> Extract(LetterContext letter)
    {
        var deadlines = new List<Deadline>();
        foreach (var sentence in letter.Sentences)
        {
            var text = sentence.Sentence.Text;
            var due = sentence.Dates.Where(d => d.IsDeadline && d.Span.Precision == DatePrecision.Day).ToList();
            if (due.Count == 0 || !AskingWords().IsMatch(text))
                continue;
            var meetings = MeetingsConcerned(letter, sentence);
            var kind = KindOf(text);
            var what = Describe(kind, meetings, letter, sentence);
            var how = ContactExtractor.FirstLinkOrEmail(text);
            deadlines.AddRange(due.Select(d => new Deadline(kind, what, d.Span.Start, meetings.Select(m => m.Name).ToList(), how, sentence.Sentence)));
        }
        return deadlines;
    }

    private static List<MeetingIdentity> MeetingsConcerned(LetterContext letter, SentenceAnalysis sentence)
    {
        var named = MeetingExtractor.Identify(sentence, letter.Meetings, letter.Date).ToList();
        if (named.Count == 0 && PointsBack().IsMatch(sentence.Sentence.Text) && letter.Previous(sentence) is { } previous)
            named = MeetingExtractor.Identify(previous, letter.Meetings, letter.Date).ToList();
        if (named.Count == 0 && letter.PrincipalMeeting is { } principal)
            named.Add(principal);
        return named;
    }

    private static DeadlineKind KindOf(string text) =>
        Registration().IsMatch(text) ? DeadlineKind.Registration
        : Sponsorship().IsMatch(text) ? DeadlineKind.Sponsorship
        : Views().IsMatch(text) ? DeadlineKind.Views
        : Input().IsMatch(text) ? DeadlineKind.Input
        : DeadlineKind.Other;

    private static string Describe(DeadlineKind kind, List<MeetingIdentity> meetings, LetterContext letter, SentenceAnalysis sentence)
    {
        var meeting = meetings.Count > 0 ? meetings[0].Name : null;
        switch (kind)
        {
            case DeadlineKind.Registration:
                return meeting is null ? "Registration" : $"Registration for the {meeting}";
            case DeadlineKind.Sponsorship:
                return meeting is null ? "Sponsorship requests" : $"Sponsorship requests for the {meeting}";
            case DeadlineKind.Views:
                return meetings.Count == 0 ? "Views on the proposed dates" : $"Views on the proposed dates of the {string.Join(" and the ", meetings.Select(m => m.Name))}";
            case DeadlineKind.Input:
                var document = letter.ParagraphUpTo(sentence)
                    .Select(s => DocumentTitle().Match(s.Sentence.Text))
                    .FirstOrDefault(m => m.Success)?.Groups["title"].Value;
                return document is not null ? $"Input on the {document}"
                    : meeting is not null ? $"Input on the preparations for the {meeting}"
                    : "Input to the President";
            default:
                var clause = sentence.Sentence.Text;
                return clause.Length <= 120 ? clause : clause[..117] + "…";
        }
    }
}
