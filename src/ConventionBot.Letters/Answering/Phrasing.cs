using System.Globalization;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Answering;

/// <summary>How facts are said: dates as diplomats write them, venues, and a meeting's dates with its state as of today.</summary>
internal static class Phrasing
{
    public static string Day(DateOnly day) => Wording.Day(day);

    public static string When(Meeting m) => m.Dates switch
    {
        { Precision: DatePrecision.Day } d when m.Times is { } times => $"{d}, {times}",
        { Precision: DatePrecision.Day } d => d.ToString(),
        { Precision: DatePrecision.Month } d => "in " + d,
        { } d => "in " + d,
        null => "either " + string.Join(" or ", m.Alternatives),
    };

    public static string Where(Meeting m) => m.Format == MeetingFormat.Virtual
        ? ", virtually"
        : m.Venue?.City is { } city ? $", {city}" : "";

    /// <summary>"the 2017 Intersessional Meetings (8–9 June 2017, Geneva)".</summary>
    public static string Named(Meeting m) => $"the {m.Name} ({When(m).Replace("in ", "")}{Where(m)})";

    /// <summary>"at Palais des Nations, Geneva", but "in Geneva" when the letters name only the city.</summary>
    public static string AtVenue(Venue venue) => venue is { Building: null, Address: null } ? $"in {venue}" : $"at {venue}";
}
