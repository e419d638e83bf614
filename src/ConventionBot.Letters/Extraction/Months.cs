namespace ConventionBot.Letters.Extraction;

/// <summary>English month names and their usual abbreviations, capitalised as letters write them.</summary>
internal static class Months
{
    /// <summary>Case-sensitive so that "may" the verb is never May the month.</summary>
    public const string Pattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    public static int Parse(string name) => name.TrimEnd('.')[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, "Dec" => 12,
        _ => throw new ArgumentException($"not a month: {name}", nameof(name)),
    };
}
