using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Cleaning;
using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Reading;

namespace ConventionBot.Letters.Ingestion;

/// <summary>From a file's name and bytes to a <see cref="Letter"/>: read, clean, extract. No storage involved.</summary>
public static partial class LetterParser
{
    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    /// <summary>A letter's id is its file name's slug, so re-ingesting an edited file replaces the old letter.</summary>
    public static string IdFor(string fileName) =>
        NonSlug().Replace(Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant(), "-").Trim('-');

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <exception cref="LetterReadException">The file is not a readable letter, or has no date to anchor its facts.</exception>
    public static Letter Parse(LetterFileReader reader, string path, byte[] content)
    {
        var fileName = Path.GetFileName(path);
        var text = reader.ReadText(path, content);
        var document = LetterCleaner.Clean(text);
        if (document.Sentences.Count == 0)
            throw new LetterReadException("the file has no text");
        var (facts, warnings) = FactExtractor.Extract(document, fileName);
        if (facts.Date is null)
            throw new LetterReadException("no letter date found (a line such as '12 April 2017', or a file name starting 2017-04-12)");
        return new Letter(IdFor(fileName), fileName, HashOf(content), document.Text, document.Sentences, facts, warnings);
    }
}
