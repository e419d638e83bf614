namespace ConventionBot.Letters.Reading;

/// <summary>A file that cannot be read as a letter; the message says why in words a staff member understands.</summary>
public sealed class LetterReadException(string message, Exception? inner = null) : Exception(message, inner);
