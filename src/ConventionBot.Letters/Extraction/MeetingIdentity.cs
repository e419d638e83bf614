using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Who a mentioned meeting is: a key that stays the same across letters ("msp-12", "rc-2",
/// "intersessional-2017") and the canonical name to show ("Twelfth Meeting of the States Parties (12MSP)").
/// </summary>
internal sealed record MeetingIdentity(string Key, string Name, string? Abbreviation, MeetingKind Kind)
{
    /// <summary>Null when the mention alone cannot tell which meeting it is ("the Intersessional Meetings" with no year).</summary>
    public static MeetingIdentity? Of(MeetingMention mention, DateSpan? dates, DateOnly? letterDate)
    {
        var letterYear = letterDate?.Year;
        switch (mention.Kind)
        {
            case MeetingKind.MeetingOfStatesParties when mention.Number is { } n:
                return new($"msp-{n}", $"{Ordinals.Word(n)} Meeting of the States Parties ({n}MSP)", $"{n}MSP", mention.Kind);
            case MeetingKind.ReviewConference when mention.Number is { } n:
                return new($"rc-{n}", $"{Ordinals.Word(n)} Review Conference", null, mention.Kind);
            case MeetingKind.Intersessional:
                var year = mention.Year
                    ?? (mention.RelativeYear is { } offset ? letterYear + offset : null)
                    ?? dates?.Start.Year
                    ?? (mention.Month is not null ? letterYear : null);
                return year is null ? null : new($"intersessional-{year}", $"{year} Intersessional Meetings", null, mention.Kind);
            case MeetingKind.Preparatory when mention.Informal:
                var when = dates?.Start.ToString("yyyy-MM-dd") ?? letterYear?.ToString();
                return when is null ? null : new($"prep-informal-{when}", "Informal preparatory meeting", null, mention.Kind);
            case MeetingKind.Preparatory when mention.Number is { } n:
                var prepYear = dates?.Start.Year ?? letterYear;
                return prepYear is null ? null : new($"prep-{n}-{prepYear}", $"{Ordinals.Word(n)} Preparatory Meeting", null, mention.Kind);
            case MeetingKind.Committee when mention.Committee is { } committee:
                var on = dates?.Start.ToString("yyyy-MM-dd") ?? letterYear?.ToString();
                var slug = Regex.Replace(committee.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
                return on is null ? null : new($"committee-{slug}-{on}", $"Meeting of the {committee}", null, mention.Kind);
            default:
                return null;
        }
    }
}
