namespace ConventionBot.Letters.Reading;

/// <summary>Turns the bytes of one file format into plain text, paragraphs separated by blank lines.</summary>
public interface ILetterFormatReader
{
    IReadOnlyCollection<string> Extensions { get; }

    string ReadText(byte[] content);
}
