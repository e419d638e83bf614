using System.Globalization;

namespace ConventionBot.Letters.Model;

/// <summary>How a letter is named wherever ConventionBot quotes one: its day as diplomats write it, and who signed it.</summary>
public static class Wording
{
    /// <summary>"20 November 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Ilse Marchetti, President of the Twenty-Third Meeting of the States Parties"; null when the letter is unsigned.</summary>
    public static string? SignedBy(string? author, string? role)
    {
        var signed = string.Join(", ", new[] { author, role }.Where(s => !string.IsNullOrEmpty(s)));
        return signed.Length == 0 ? null : signed;
    }

    /// <summary>"Letter of 20 November 2026 from Ilse Marchetti, President of …" — the signature only when given.</summary>
    public static string LetterOf(DateOnly? date, string? author = null, string? role = null) =>
        (date is { } day ? "Letter of " + Day(day) : "An undated letter") + (SignedBy(author, role) is { } signed ? " from " + signed : "");
}
