using System.Text.RegularExpressions;

namespace ConventionBot.Letters.Storage;

/// <summary>
/// Turns what a person typed into FTS5 query terms: words only, each quoted (so nothing typed is FTS syntax), common
/// words dropped, at most sixteen.
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

    /// <summary>Each searchable word as a quoted FTS5 phrase; empty when nothing searchable is left.</summary>
    public static IReadOnlyList<string> Terms(string words) =>
        Word().Matches(words)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Distinct()
            .Take(16)
            .Select(w => $"\"{w}\"")
            .ToList();

    /// <summary>A query that every one of the terms must match.</summary>
    public static string AllOf(IEnumerable<string> terms) => string.Join(" AND ", terms);
}
