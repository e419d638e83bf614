using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Agenda;

/// <summary>One line of "what's coming up": a meeting or a deadline, with the letter that says so.</summary>
public sealed record AgendaItem(DateOnly Date, LetterRef Letter, Meeting? Meeting, Deadline? Deadline)
{
    public string Title => Meeting?.Name ?? Deadline!.What;

    /// <summary>"8–9 June 2017", "either 25–29 November 2013 or 2–6 December 2013", "due 31 May 2017".</summary>
    public string When => Meeting switch
    {
        { Dates: { } dates } => dates.ToString(),
        { } proposed => "either " + string.Join(" or ", proposed.Alternatives),
        _ => "due " + DateSpan.Day(Deadline!.Due),
    };
}

/// <summary>
/// Upcoming meetings and deadlines, soonest first, as of a given day. "Upcoming" means ending (or due) on or after
/// that day. When several letters describe the same meeting, the most precise description wins, then the newest letter.
/// </summary>
public static class UpcomingAgenda
{
    public static async Task<IReadOnlyList<AgendaItem>> BuildAsync(ILetterStore store, DateOnly today, CancellationToken cancellationToken)
    {
        var meetings = (await store.GetMeetingsEndingOnOrAfterAsync(today, cancellationToken))
            .GroupBy(m => m.Meeting.Key)
            .Select(group => group
                .OrderBy(m => m.Meeting.Alternatives.Count > 0 ? 0 : (int)(m.Meeting.Dates?.Precision ?? DatePrecision.Year))
                .ThenByDescending(m => m.Letter.Date)
                .First())
            .Select(m => new AgendaItem(m.Meeting.EarliestStart!.Value, m.Letter, m.Meeting, null));
        var deadlines = (await store.GetDeadlinesDueOnOrAfterAsync(today, cancellationToken))
            .DistinctBy(d => (d.Deadline.Kind, d.Deadline.Due, d.Deadline.Meeting))
            .Select(d => new AgendaItem(d.Deadline.Due, d.Letter, null, d.Deadline));
        return meetings.Concat(deadlines)
            .OrderBy(item => item.Date)
            .ThenBy(item => item.Deadline is null ? 1 : 0)
            .ToList();
    }
}
