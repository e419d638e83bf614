using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs.Registration;

/// <summary>A meeting still to come, as registration sees it: its registration deadline, if the letters give one.</summary>
public sealed record OpenMeeting(Meeting Meeting, Deadline? Registration, bool Closed, bool Sponsorship)
{
    /// <summary>"2027 Intersessional Meetings (16–18 June 2027, Geneva)".</summary>
    public string Label => $"{Meeting.Name} ({When}{(Meeting.Venue?.City is { } city ? ", " + city : "")})";

    public string When => Meeting.Dates?.ToString() ?? "either " + string.Join(" or ", Meeting.Alternatives);

    /// <summary>In person, online, or both, as the letters describe the meeting.</summary>
    public IReadOnlyList<string> Attendance => Meeting.Format switch
    {
        MeetingFormat.Virtual => ["Online"],
        MeetingFormat.Hybrid => ["In person", "Online"],
        _ => ["In person"],
    };
}

/// <summary>What the letters offer for registration on a given day: the meetings still to come, open or closed.</summary>
public sealed record RegistrationOffer(IReadOnlyList<OpenMeeting> Meetings, string? ContactEmail)
{
    /// <summary>The six official languages of the United Nations, which the Convention's meetings interpret.</summary>
    public static readonly IReadOnlyList<string> Languages = ["English", "French", "Spanish", "Arabic", "Chinese", "Russian"];

    public IEnumerable<OpenMeeting> Open => Meetings.Where(m => !m.Closed);

    public static RegistrationOffer For(FactIndex index, DateOnly today)
    {
        var meetings = index.Meetings
            .Where(m => m.Fact.LatestEnd >= today)
            .Select(m =>
            {
                var registration = index.DeadlinesByKind[DeadlineKind.Registration].Where(d => d.Fact.Meetings.Contains(m.Fact.Name)).MaxBy(d => d.Letter.Date)?.Fact;
                var sponsorship = index.DeadlinesByKind[DeadlineKind.Sponsorship].Any(d => d.Fact.Meetings.Contains(m.Fact.Name));
                return new OpenMeeting(m.Fact, registration, registration is not null && registration.Due < today, sponsorship);
            })
            .OrderBy(m => m.Meeting.EarliestStart)
            .ToList();
        var contact = index.Contacts.Where(c => c.Fact.Kind == ContactKind.Email).MaxBy(c => c.Letter.Date)?.Fact.Value;
        return new RegistrationOffer(meetings, contact);
    }

    /// <summary>The meeting a key, a label or words of a request name ("the June meetings", "24MSP"), when exactly one fits.</summary>
    public OpenMeeting? Find(string? keyOrWords)
    {
        if (string.IsNullOrWhiteSpace(keyOrWords))
            return null;
        var byKey = Meetings.FirstOrDefault(m => m.Meeting.Key == keyOrWords || m.Label == keyOrWords);
        if (byKey is not null)
            return byKey;
        var words = keyOrWords.ToLowerInvariant();
        var fits = Meetings.Where(m => Names(m).Any(name => words.Contains(name, StringComparison.Ordinal))).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static IEnumerable<string> Names(OpenMeeting m) =>
        m.Meeting.Aliases.Append(m.Meeting.Name).Append(m.Meeting.Abbreviation ?? m.Meeting.Name)
            .Select(n => n.ToLowerInvariant().Replace("the ", ""))
            .Append(m.Meeting.Dates is { Precision: DatePrecision.Day } d ? d.Start.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture).ToLowerInvariant() + " meeting" : m.Meeting.Key);
}
