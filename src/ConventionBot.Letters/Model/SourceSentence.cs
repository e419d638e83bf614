namespace ConventionBot.Letters.Model;

/// <summary>
/// Where a fact came from: the sentence of the letter's cleaned text, by index and character offsets,
/// so an answer can quote it word for word.
/// </summary>
public sealed record SourceSentence(int Index, int Start, int Length, string Text);
