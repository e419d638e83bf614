using System.Text;

namespace ConventionBot.Letters.Reading;

/// <summary>Plain text and Markdown: decoded as UTF-8 (with or without BOM), Windows-1252 as a fallback.</summary>
public sealed class PlainTextReader : ILetterFormatReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md", ".markdown"];

    public string ReadText(byte[] content)
    {
        if (BinaryContent.LooksBinary(content))
            throw new LetterReadException("the file is binary, not text");
        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Older letters were saved by Word as "ANSI"; Latin-1 keeps every byte readable.
            return Encoding.Latin1.GetString(content);
        }
    }
}
