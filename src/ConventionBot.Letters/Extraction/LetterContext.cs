using ConventionBot.Letters.Cleaning;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>What every extractor of one letter shares: the cleaned document, its analysed sentences, its date, its meetings.</summary>
internal sealed record LetterContext(
    CleanDocument Document,
    IReadOnlyList<SentenceAnalysis> Sentences,
    DateOnly? Date,
    IReadOnlyList<Meeting> Meetings,
    MeetingIdentity? PrincipalMeeting)
{
    /// <summary>The sentence before <paramref name="sentence"/> in the same paragraph, if any.</summary>
    public SentenceAnalysis? Previous(SentenceAnalysis sentence)
    {
        var index = sentence.Sentence.Index - 1;
        return index >= 0 && Sentences[index].Paragraph == sentence.Paragraph ? Sentences[index] : null;
    }

    public IEnumerable<SentenceAnalysis> ParagraphUpTo(SentenceAnalysis sentence) =>
        Sentences.Where(s => s.Paragraph == sentence.Paragraph && s.Sentence.Index <= sentence.Sentence.Index);
}
