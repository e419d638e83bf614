namespace ConventionBot.Letters.Storage;

/// <summary>
/// Okapi BM25 with FTS5's constants and inverse document frequency (k1 = 1.2, b = 0.75, idf = ln((N − n + ½)/(n + ½)),
/// never below 10⁻⁶), so that a score here equals −bm25() of FTS5 for a sentence holding each matched word once —
/// which is nearly every sentence of a letter.
/// </summary>
public static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <param name="rows">How many sentences are indexed.</param>
    /// <param name="matching">How many of them contain the term.</param>
    public static double InverseDocumentFrequency(long rows, long matching) =>
        Math.Max(1e-6, Math.Log((rows - matching + 0.5) / (matching + 0.5)));

    /// <summary>The score of a sentence of <paramref name="tokens"/> words that contains terms of these frequencies once each.</summary>
    public static double Score(double matchedIdfSum, long tokens, double averageTokens) =>
        matchedIdfSum * (K1 + 1) / (1 + K1 * (1 - B + B * tokens / averageTokens));
}
