using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Action plans by name, with the period and the adopting meeting when the letter gives them ("the adoption of
/// the Oslo Action Plan 2019 - 2024 at the Fourth Review Conference in November 2019"). Mentions of one plan merge.
/// </summary>
internal static partial class ActionPlanExtractor
{
    [GeneratedRegex(@"\badopt", RegexOptions.IgnoreCase)]
    private static partial Regex Adoption();

    public static IReadOnlyList<ActionPlan> Extract(LetterContext letter)
    {
        var plans = new List<ActionPlan>();
        foreach (var sentence in letter.Sentences)
        {
            foreach (var mention in sentence.ActionPlans)
            {
                var (adoptedAt, adoptedOn) = Adoption().IsMatch(sentence.Sentence.Text) ? AdoptingMeeting(sentence, mention, letter.Date) : (null, null);
                var plan = new ActionPlan(mention.Name, mention.Abbreviation, mention.StartYear, mention.EndYear, mention.Draft, adoptedAt, adoptedOn, sentence.Sentence);
                var existing = plans.FindIndex(p => p.Name == plan.Name);
                if (existing < 0)
                    plans.Add(plan);
                else
                    plans[existing] = Merge(plans[existing], plan);
            }
        }
        return plans;
    }

    private static (string?, DateSpan?) AdoptingMeeting(SentenceAnalysis sentence, ActionPlanMention plan, DateOnly? letterDate)
    {
        var meeting = sentence.Meetings.FirstOrDefault(m => m.Start >= plan.End);
        if (meeting is null || MeetingIdentity.Of(meeting, null, letterDate) is not { } identity)
            return (null, null);
        var when = sentence.Dates.FirstOrDefault(d => d.Start >= meeting.End)?.Span
            ?? (meeting.Year is { } year ? DateSpan.Year(year) : null);
        return (identity.Name, when);
    }

    /// <summary>The mention that gives the period is the one to cite; facts missing from one come from the other.</summary>
    private static ActionPlan Merge(ActionPlan first, ActionPlan second)
    {
        var (primary, other) = first.Start is null && second.Start is not null ? (second, first) : (first, second);
        return primary with
        {
            Abbreviation = primary.Abbreviation ?? other.Abbreviation,
            Start = primary.Start ?? other.Start,
            End = primary.End ?? other.End,
            Draft = primary.Draft || other.Draft,
            AdoptedAt = primary.AdoptedAt ?? other.AdoptedAt,
            AdoptedOn = primary.AdoptedOn ?? other.AdoptedOn,
        };
    }
}
