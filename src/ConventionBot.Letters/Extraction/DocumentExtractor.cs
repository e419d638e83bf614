using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Documents a letter encloses ("the following documents:" and its list, "enclosed you will find …", "the attached
/// programme") or promises ("I will distribute a draft Geneva Progress Report in August", "… will be placed on the
/// Convention's website ahead of the meetings").
/// </summary>
internal static partial class DocumentExtractor
{
    [GeneratedRegex(@"\bfollowing\s+(?:draft\s+)?documents\b.*:$", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroduction();

    [GeneratedRegex(@"\b(?:[Ee]nclosed|[Aa]ttached)(?:\s+(?:you will find|please find|is|are))?\s+(?<title>(?:a|an|the)\s+[^.;:]+)")]
    private static partial Regex EnclosedPhrase();

    [GeneratedRegex(@"\bthe\s+attached\s+(?<title>[\w-]+)")]
    private static partial Regex AttachedNoun();

    [GeneratedRegex(@"\b(?:distribute|circulate|share|send|publish)\s+(?:a|an|the)\s+(?<title>(?:draft\s+)?[\p{Lu}\d][\w-]*(?:\s+\p{Lu}[\w-]*)*)")]
    private static partial Regex WillDistribute();

    [GeneratedRegex(@"(?:^|\bthat\s+)(?:[Aa]n?|[Tt]he|[Tt]hese|[Tt]his)\s+(?<title>[^.;,]{3,80}?)\s+will\s+be\s+(?:distributed|circulated|placed|published|posted|made\s+available|sent|shared)(?<rest>[^.;]*)")]
    private static partial Regex WillBeDistributed();

    [GeneratedRegex(@"\b(?:at a later (?:date|stage)|in due course|shortly|ahead of [^.;,]+|before [^.;,]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhenWords();

    public static IReadOnlyList<PromisedDocument> Extract(LetterContext letter)
    {
        var documents = new List<PromisedDocument>();
        var listOpen = false;
        foreach (var sentence in letter.Sentences)
        {
            var paragraph = letter.Document.Paragraphs[sentence.Paragraph];
            if (listOpen && paragraph.IsListItem)
            {
                Add(documents, new PromisedDocument(sentence.Sentence.Text.TrimEnd('.', ';', ','), DocumentStatus.Enclosed, null, null, sentence.Sentence));
                continue;
            }
            listOpen = ListIntroduction().IsMatch(sentence.Sentence.Text);
            foreach (var document in InSentence(sentence))
                Add(documents, document);
        }
        return documents;
    }

    private static IEnumerable<PromisedDocument> InSentence(SentenceAnalysis sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in EnclosedPhrase().Matches(text))
            yield return new PromisedDocument(StripArticle(m.Groups["title"].Value), DocumentStatus.Enclosed, null, null, sentence.Sentence);
        foreach (Match m in AttachedNoun().Matches(text))
            yield return new PromisedDocument(m.Groups["title"].Value, DocumentStatus.Enclosed, null, null, sentence.Sentence);
        foreach (Match m in WillDistribute().Matches(text))
        {
            var when = sentence.Dates.FirstOrDefault(d => d.Start >= m.Index + m.Length)?.Span;
            yield return new PromisedDocument(m.Groups["title"].Value, DocumentStatus.Promised, when, null, sentence.Sentence);
        }
        foreach (Match m in WillBeDistributed().Matches(text))
        {
            var rest = m.Groups["rest"];
            var when = sentence.Dates.FirstOrDefault(d => d.Start >= rest.Index)?.Span;
            var whenText = when is null && WhenWords().Match(rest.Value) is { Success: true } w ? w.Value : null;
            yield return new PromisedDocument(m.Groups["title"].Value, DocumentStatus.Promised, when, whenText, sentence.Sentence);
        }
    }

    private static string StripArticle(string title) => Regex.Replace(title.Trim(), @"^(?:a|an|the)\s+", "");

    private static void Add(List<PromisedDocument> documents, PromisedDocument document)
    {
        if (documents.All(d => !string.Equals(d.Title, document.Title, StringComparison.OrdinalIgnoreCase)))
            documents.Add(document);
    }
}
