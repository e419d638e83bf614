namespace ConventionBot.Letters.Model;

/// <summary>Enclosed with the letter, or promised for later.</summary>
public enum DocumentStatus { Enclosed, Promised }

/// <summary>
/// A document the letter encloses or promises: "I will distribute a draft Geneva Progress Report in August".
/// <see cref="When"/> is set when the letter dates it, <see cref="WhenText"/> when it only says "at a later date".
/// </summary>
public sealed record PromisedDocument(string Title, DocumentStatus Status, DateSpan? When, string? WhenText, SourceSentence Source);
