using System.Text.Json.Serialization;

namespace ConventionBot.Letters.Model;

public enum MeetingKind { MeetingOfStatesParties, ReviewConference, Intersessional, Preparatory, Committee }

/// <summary>As the letter states it: confirmed, only proposed, or already held when the letter was written.</summary>
public enum MeetingStatus { Confirmed, Proposed, Past }

public enum MeetingFormat { InPerson, Virtual, Hybrid }

public sealed record Venue(string? Building, string? Address, string? City, string? Country)
{
    public override string ToString() =>
        string.Join(", ", new[] { Building, Address, City, Country }.Where(part => !string.IsNullOrEmpty(part)));
}

/// <summary>
/// A meeting as one letter describes it. <see cref="Key"/> identifies the same meeting across letters
/// (e.g. "msp-12", "intersessional-2017"); <see cref="Aliases"/> are the names the letter used.
/// A meeting offered on alternative dates has no <see cref="Dates"/> but two or more <see cref="Alternatives"/>.
/// </summary>
public sealed record Meeting(
    string Key,
    string Name,
    string? Abbreviation,
    MeetingKind Kind,
    IReadOnlyList<string> Aliases,
    DateSpan? Dates,
    IReadOnlyList<DateSpan> Alternatives,
    TimeRange? Times,
    Venue? Venue,
    MeetingFormat? Format,
    MeetingStatus Status,
    SourceSentence Source)
{
    /// <summary>The first day the meeting could start, whichever alternative is chosen.</summary>
    [JsonIgnore]
    public DateOnly? EarliestStart => Dates?.Start ?? (Alternatives.Count > 0 ? Alternatives.Min(a => a.Start) : null);

    /// <summary>The last day the meeting could end, whichever alternative is chosen.</summary>
    [JsonIgnore]
    public DateOnly? LatestEnd => Dates?.End ?? (Alternatives.Count > 0 ? Alternatives.Max(a => a.End) : null);
}
