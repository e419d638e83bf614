using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ConventionBot.Letters.Reading;

/// <summary>Word documents: each body paragraph (and table cell paragraph) becomes a paragraph; soft breaks become lines.</summary>
public sealed class DocxReader : ILetterFormatReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public string ReadText(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new LetterReadException("the Word document has no body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
                text.Append(ParagraphText(paragraph)).Append("\n\n");
            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new LetterReadException("the file is not a readable Word (.docx) document", e);
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return text.ToString();
    }
}
