using ConventionBot.Letters.Answering;
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

    /// <summary>"proposed" for a meeting whose dates are not confirmed, else "confirmed"; "deadline" for a deadline.</summary>
    public string Status => Meeting switch
    {
        null => "deadline",
        { Dates: null } or { Status: MeetingStatus.Proposed } => "proposed",
        _ => "confirmed",
    };

    public SourceSentence Source => Meeting?.Source ?? Deadline!.Source;
}

/// <summary>
/// Upcoming meetings and deadlines, soonest first, as of a given day: only what letters written by then say, and
/// "upcoming" means ending (or due) on or after that day. When several letters describe the same meeting, the most
/// precise description wins, then the newest letter. The bot's agenda card and <c>conventionbot upcoming</c> both
/// come from here.
/// </summary>
public static class UpcomingAgenda
{
    public static IReadOnlyList<AgendaItem> Of(IEnumerable<Cited<Meeting>> meetings, IEnumerable<Cited<Deadline>> deadlines, DateOnly today)
    {
        // Merge first, then keep what is still to come: a meeting whose precise dates are past is not upcoming because
        // an older letter named only its year.
        var meetingItems = FactIndex.MostPreciseByMeeting(meetings.Where(m => m.Letter.Date <= today))
            .Where(m => m.Fact.LatestEnd >= today)
            .Select(m => new AgendaItem(m.Fact.EarliestStart!.Value, m.Letter, m.Fact, null));
        var deadlineItems = deadlines
            .Where(d => d.Fact.Due >= today && d.Letter.Date <= today)
            .DistinctBy(d => (d.Fact.Kind, d.Fact.Due, d.Fact.Meeting))
            .Select(d => new AgendaItem(d.Fact.Due, d.Letter, null, d.Fact));
        return meetingItems.Concat(deadlineItems)
            .OrderBy(item => item.Date)
            .ThenBy(item => item.Deadline is null ? 1 : 0)
            .ToList();
    }

    /// <summary>The agenda straight from the store's date indexes, without loading every letter.</summary>
    public static async Task<IReadOnlyList<AgendaItem>> BuildAsync(ILetterStore store, DateOnly today, CancellationToken cancellationToken) =>
        Of((await store.GetMeetingsEndingOnOrAfterAsync(today, cancellationToken)).Select(m => new Cited<Meeting>(m.Letter, m.Meeting)),
            (await store.GetDeadlinesDueOnOrAfterAsync(today, cancellationToken)).Select(d => new Cited<Deadline>(d.Letter, d.Deadline)),
            today);
}
