namespace ConventionBot.Letters.Model;

/// <summary>
/// A letter as stored: its id (the file name's slug), the file it came from, a hash of that file's bytes,
/// the cleaned text, its sentences (offsets into <see cref="Text"/>), the facts, and any warnings about it.
/// </summary>
public sealed record Letter(
    string Id,
    string File,
    string ContentHash,
    string Text,
    IReadOnlyList<SourceSentence> Sentences,
    LetterFacts Facts,
    IReadOnlyList<string> Warnings);
