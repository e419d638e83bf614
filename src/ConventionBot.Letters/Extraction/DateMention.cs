using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// A date found in a sentence, with its year already settled. <see cref="IsDeadline"/> marks "by 15 June";
/// <see cref="AlternativeGroup"/> ties together "either from 25 to 29 November or from 2 to 6 December".
/// </summary>
internal sealed record DateMention(
    int Start,
    int End,
    DateSpan Span,
    bool YearInferred,
    bool IsDeadline,
    TimeRange? Times,
    int? AlternativeGroup);
