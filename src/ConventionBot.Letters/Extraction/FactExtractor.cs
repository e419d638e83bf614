using ConventionBot.Letters.Cleaning;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>Reads every fact of one cleaned letter. Pure and thread-safe: the same text always gives the same facts.</summary>
public static class FactExtractor
{
    public static (LetterFacts Facts, IReadOnlyList<string> Warnings) Extract(CleanDocument document, string fileName)
    {
        var warnings = new List<string>();
        var date = HeaderExtractor.LetterDate(document);
        if (date is null && HeaderExtractor.DateFromFileName(fileName) is { } fromName)
        {
            date = fromName;
            warnings.Add($"no date line found in the letter; using the date in its file name ({fromName:yyyy-MM-dd})");
        }
        var sentences = document.Sentences
            .Select(s =>
            {
                var paragraph = document.Paragraphs[document.ParagraphOfSentence[s.Index]];
                return SentenceAnalysis.Analyse(s, paragraph.IsBlock, paragraph.Lines, paragraph.Index, date);
            })
            .ToList();
        var meetings = MeetingExtractor.Extract(sentences, date);
        var subject = HeaderExtractor.Subject(document);
        var letter = new LetterContext(document, sentences, date, meetings, PrincipalMeeting(subject, meetings, date));
        var signatories = SignatureExtractor.Extract(document);
        if (signatories.Count == 0)
            warnings.Add("no signature found after the closing (\"Yours sincerely\")");
        var facts = new LetterFacts(
            date,
            signatories,
            HeaderExtractor.Addressees(document),
            subject,
            meetings,
            DeadlineExtractor.Extract(letter),
            ActionPlanExtractor.Extract(letter),
            ContactExtractor.Extract(sentences),
            DocumentExtractor.Extract(letter));
        return (facts, warnings);
    }

    /// <summary>The meeting the letter is about: the one its subject line names, else its first dated meeting still to come.</summary>
    private static MeetingIdentity? PrincipalMeeting(string? subject, IReadOnlyList<Meeting> meetings, DateOnly? date)
    {
        if (subject is not null
            && MeetingMentionFinder.Find(subject).Select(m => MeetingIdentity.Of(m, null, date)).FirstOrDefault(i => i is not null) is { } named)
            return named;
        var main = meetings.FirstOrDefault(m => m.Status != MeetingStatus.Past && m.Dates?.Precision == DatePrecision.Day)
            ?? meetings.FirstOrDefault(m => m.Status != MeetingStatus.Past);
        return main is null ? null : new MeetingIdentity(main.Key, main.Name, main.Abbreviation, main.Kind);
    }
}
