using System.Text;
using System.Text.RegularExpressions;

namespace ConventionBot.Letters.Storage;

/// <summary>
/// Turns what a person typed into FTS5 queries: words only, each quoted (so nothing typed is FTS syntax), common
/// words dropped. The strict query wants every word (cheap: few sentences match them all); the loose one, joined
/// with OR, lets BM25 rank sentences by how many and how rare the words they share, for when the strict one finds
/// too little.
/// </summary>
public static partial class FtsQuery
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "i", "in", "is", "it", "me", "my",
        "of", "on", "or", "our", "the", "this", "that", "to", "was", "we", "what", "when", "where", "which", "who", "will", "with", "you", "your",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Null when nothing searchable is left.</summary>
    public static (string Strict, string Loose)? From(string words)
    {
        var terms = Word().Matches(words)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Distinct()
            .Take(16)
            .ToList();
        if (terms.Count == 0)
            return null;
        return (Join(terms, " AND "), Join(terms, " OR "));
    }

    private static string Join(List<string> terms, string separator)
    {
        var query = new StringBuilder();
        foreach (var term in terms)
        {
            if (query.Length > 0)
                query.Append(separator);
            query.Append('"').Append(term).Append('"');
        }
        return query.ToString();
    }
}
