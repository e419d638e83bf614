using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// One sentence read once: the meetings and action plans it names, and its dates (with the names masked, so the
/// years inside "2020 Intersessional Meetings" or "Oslo Action Plan 2019 - 2024" are not read as dates).
/// </summary>
internal sealed record SentenceAnalysis(
    SourceSentence Sentence,
    bool IsBlock,
    IReadOnlyList<string> Lines,
    int Paragraph,
    IReadOnlyList<MeetingMention> Meetings,
    IReadOnlyList<ActionPlanMention> ActionPlans,
    IReadOnlyList<DateMention> Dates)
{
    public static SentenceAnalysis Analyse(SourceSentence sentence, bool isBlock, IReadOnlyList<string> lines, int paragraph, DateOnly? letterDate)
    {
        var meetings = MeetingMentionFinder.Find(sentence.Text);
        var plans = ActionPlanMention.Find(sentence.Text);
        var masked = meetings.Select(m => new Range(m.Start, m.End)).Concat(plans.Select(p => new Range(p.Start, p.End))).ToList();
        var dates = DateMentionParser.Parse(sentence.Text, letterDate, masked);
        return new SentenceAnalysis(sentence, isBlock, lines, paragraph, meetings, plans, dates);
    }
}
