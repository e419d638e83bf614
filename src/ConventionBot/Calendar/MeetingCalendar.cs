using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Calendar;

/// <summary>
/// "Add to calendar": a meeting as an iCalendar file (RFC 5545), made with Ical.Net. The event spans the meeting's
/// days as all-day dates (the letters give days, and delegates travel across time zones); proposed dates are marked
/// tentative, and the description quotes the letter that gives them.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar";

    public static Uri UrlFor(Uri publicUrl, string meetingKey) => new(publicUrl, $"calendar/{Uri.EscapeDataString(meetingKey)}.ics");

    /// <summary>Whether the letters give the meeting's days: "November 2027" or two alternatives are no calendar entry.</summary>
    public static bool HasDays(Meeting meeting) => meeting.Dates is { Precision: DatePrecision.Day };

    /// <summary>The meeting as an .ics file, or null when the letters do not give its days.</summary>
    public static string? Create(Cited<Meeting> cited, DateTimeOffset now)
    {
        var meeting = cited.Fact;
        if (!HasDays(meeting) || meeting.Dates is not { } dates)
            return null;
        var description = $"{Wording.LetterOf(cited.Letter.Date, cited.Letter.Author)}: “{meeting.Source.Text.Replace('\n', ' ')}”";
        if (meeting.Times is { } times)
            description = $"Meeting hours: {times}.\n{description}";
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Key}@conventionbot",
            Summary = meeting.Name,
            Description = description,
            Location = meeting.Format == MeetingFormat.Virtual ? "Virtual meeting" : meeting.Venue?.ToString(),
            DtStart = new CalDateTime(dates.Start.Year, dates.Start.Month, dates.Start.Day),
            // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
            DtEnd = new CalDateTime(dates.End.Year, dates.End.Month, dates.End.Day).AddDays(1),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            Status = meeting.Status == MeetingStatus.Proposed ? EventStatus.Tentative : EventStatus.Confirmed,
        };
        var calendar = new Ical.Net.Calendar { ProductId = "-//ConventionBot//Meetings//EN" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar);
    }
}
