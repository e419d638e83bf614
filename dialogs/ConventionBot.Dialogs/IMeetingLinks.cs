using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs;

/// <summary>The links a receipt offers: the meeting's .ics, when the host serves one for it.</summary>
public interface IMeetingLinks
{
    string? CalendarUrl(Meeting meeting);
}
