using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Cleaning;

/// <summary>
/// A paragraph of the cleaned letter. A block (a letterhead, a meeting's name-date-venue lines, a signature)
/// keeps its lines and is one sentence; prose is split into sentences.
/// </summary>
public sealed record CleanParagraph(int Index, bool IsBlock, bool IsListItem, IReadOnlyList<string> Lines, int FirstSentence, int SentenceCount)
{
    public IEnumerable<int> SentenceIndexes => Enumerable.Range(FirstSentence, SentenceCount);
}

/// <summary>The letter's cleaned text with its paragraphs and sentences; sentence offsets point into <see cref="Text"/>.</summary>
public sealed record CleanDocument(string Text, IReadOnlyList<CleanParagraph> Paragraphs, IReadOnlyList<SourceSentence> Sentences, IReadOnlyList<int> ParagraphOfSentence);
