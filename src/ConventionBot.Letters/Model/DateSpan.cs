using System.Globalization;

namespace ConventionBot.Letters.Model;

/// <summary>How precisely a letter stated a date: "8 June", "in June", "in 2019".</summary>
public enum DatePrecision { Day, Month, Year }

/// <summary>A closed range of days as a letter gave it; a single day has Start == End.</summary>
public sealed record DateSpan(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static DateSpan Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static DateSpan Days(DateOnly start, DateOnly end) => new(start, end, DatePrecision.Day);

    public static DateSpan Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    public static DateSpan Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>Whether some day of the span is in that month ("the meeting in December" is the one of 30 November – 4 December); a span known only by its year is in none.</summary>
    public bool Touches(int month) => Precision != DatePrecision.Year && (Start.Month == month || End.Month == month);

    /// <summary>The way a diplomat would write it back: "8–9 June 2017", "30 June – 2 July 2020", "November 2020".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ when Start == End => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        _ when Start.Year != End.Year =>
            $"{Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} – {End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        _ when Start.Month != End.Month =>
            $"{Start.ToString("d MMMM", CultureInfo.InvariantCulture)} – {End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        _ => $"{Start.Day}–{End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
    };
}
