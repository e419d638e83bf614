using ConventionBot.Calendar;
using ConventionBot.Dialogs;
using ConventionBot.Letters.Model;

namespace ConventionBot.Bot;

/// <summary>
/// Where the bot's own web pages are reachable from a delegate's browser (the .ics files of Add to calendar):
/// <c>ConventionBot:PublicUrl</c>, the same host an Azure Bot resource's messaging endpoint points at.
/// </summary>
public sealed record BotLinks(Uri PublicUrl) : IMeetingLinks
{
    public string? CalendarUrl(Meeting meeting) => MeetingCalendar.HasDays(meeting) ? MeetingCalendar.UrlFor(PublicUrl, meeting.Key).ToString() : null;

    public const string ConfigurationKey = "ConventionBot:PublicUrl";

    public static BotLinks From(IConfiguration configuration)
    {
        var url = configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : "http://localhost:3978/";
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) URL, not '{url}'");
        return new BotLinks(uri);
    }
}
