using System.Text.RegularExpressions;

namespace ConventionBot.Letters.Cleaning;

/// <summary>Splits prose into sentences at . ! ? followed by a capital, but not after "H.E.", "e.g." or "a.i.".</summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "h.e", "e.g", "i.e", "a.i", "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "art", "para", "paras", "approx", "cf",
        "etc", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "amb", "u.n", "u.s",
    };

    [GeneratedRegex(@"[.!?][""”’)\]]*\s+(?=[\p{Lu}\d""“‘(])")]
    private static partial Regex Boundary();

    /// <summary>The (start, length) of each sentence within <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text)
    {
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            if (IsAbbreviation(text, boundary.Index))
                continue;
            var end = boundary.Index + boundary.Value.TrimEnd().Length;
            if (end > start)
                yield return (start, end - start);
            start = boundary.Index + boundary.Length;
        }
        if (start < text.Length)
            yield return (start, text.Length - start);
    }

    private static bool IsAbbreviation(string text, int periodIndex)
    {
        if (text[periodIndex] != '.')
            return false;
        var wordStart = periodIndex;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
            wordStart--;
        var word = text[wordStart..periodIndex];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
