using System.Globalization;

namespace ConventionBot.Letters.Extraction;

/// <summary>"Twelfth" ⇄ 12, as meeting names are numbered.</summary>
public static class Ordinals
{
    private static readonly string[] Units =
        ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"];

    private static readonly string[] Teens =
        ["Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"];

    private static readonly Dictionary<string, int> ByWord = Enumerable.Range(1, 39)
        .ToDictionary(Word, n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinal words 1–39 and numeric ordinals ("12th"), longest first so "Twenty-first" wins over "Twenty".</summary>
    public static readonly string Pattern =
        "(?:" + string.Join("|", ByWord.Keys.OrderByDescending(k => k.Length)) + @"|\d{1,2}(?:st|nd|rd|th))";

    public static string Word(int n) => n switch
    {
        < 10 => Units[n],
        < 20 => Teens[n - 10],
        20 => "Twentieth",
        30 => "Thirtieth",
        < 30 => "Twenty-" + Units[n - 20],
        _ => "Thirty-" + Units[n - 30],
    };

    public static int Parse(string text)
    {
        if (ByWord.TryGetValue(text.Replace('–', '-'), out var n))
            return n;
        return int.Parse(text.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), CultureInfo.InvariantCulture);
    }
}
