namespace ConventionBot.Letters.Model;

/// <summary>An action plan as a letter mentions it: "the Oslo Action Plan 2019 - 2024", adopted at a meeting.</summary>
public sealed record ActionPlan(
    string Name,
    string? Abbreviation,
    int? Start,
    int? End,
    bool Draft,
    string? AdoptedAt,
    DateSpan? AdoptedOn,
    SourceSentence Source);
