using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// A meeting named in a sentence, as written: "the 2010 Tenth Meeting of the States Parties", "12MSP",
/// "meetings of the Standing Committees in 2013", "the June meetings". Number, year and month are what the
/// name itself says; the dates around it are bound separately.
/// </summary>
internal sealed record MeetingMention(
    int Start,
    int End,
    MeetingKind Kind,
    string Surface,
    int? Number = null,
    int? Year = null,
    int? Month = null,
    string? Committee = null,
    bool Informal = false,
    int? RelativeYear = null);
