using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Cleaning;

namespace ConventionBot.Letters.Extraction;

/// <summary>The letter's own date, its addressees ("To: …") and its subject line ("Re: …").</summary>
internal static partial class HeaderExtractor
{
    [GeneratedRegex(@"^To\s*:\s*", RegexOptions.IgnoreCase)] private static partial Regex ToLine();
    [GeneratedRegex(@"^(?:Re|Subject)\s*:\s*(?<subject>.+)$", RegexOptions.IgnoreCase)] private static partial Regex SubjectLine();
    [GeneratedRegex(@"^(?:Excellenc|Dear\b|Re\s*:|Subject\s*:|Madam|Sir\b)", RegexOptions.IgnoreCase)] private static partial Regex SalutationOrSubject();
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")] private static partial Regex FileNameDate();

    private const int HeaderParagraphs = 10;

    public static DateOnly? LetterDate(CleanDocument document)
    {
        foreach (var paragraph in document.Paragraphs.Take(HeaderParagraphs))
        {
            var line = paragraph.Lines.FirstOrDefault(DateMentionParser.IsStandaloneDate);
            if (line is not null && DateMentionParser.Parse(line, null) is [var date, ..])
                return date.Span.Start;
        }
        return null;
    }

    public static DateOnly? DateFromFileName(string fileName)
    {
        var m = FileNameDate().Match(fileName);
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    public static IReadOnlyList<string> Addressees(CleanDocument document)
    {
        var start = document.Paragraphs.Take(HeaderParagraphs + 4).FirstOrDefault(p => ToLine().IsMatch(p.Lines[0]));
        if (start is null)
            return [];
        var addressees = new List<string>();
        foreach (var paragraph in document.Paragraphs.Skip(start.Index))
        {
            if (paragraph.Index > start.Index && (SalutationOrSubject().IsMatch(paragraph.Lines[0]) || paragraph.Lines.Sum(l => l.Length) > 250))
                break;
            addressees.AddRange(paragraph.Lines.Select(line => ToLine().Replace(line, "").Trim()).Where(line => line.Length > 0));
        }
        return addressees;
    }

    public static string? Subject(CleanDocument document) =>
        document.Paragraphs.Take(HeaderParagraphs + 6)
            .Select(p => SubjectLine().Match(p.Lines[0]))
            .FirstOrDefault(m => m.Success)?.Groups["subject"].Value.Trim();
}
