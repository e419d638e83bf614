using System.Globalization;

namespace ConventionBot.Letters.Extraction;

/// <summary>"Twelfth" ⇄ 12, as meeting names are numbered.</summary>
public static class Ordinals
{
    private static readonly string[] Units =
        ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"];

    private static readonly string[] Teens =
        ["Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"];

    private static readonly string[] Tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

    private static readonly string[] TensOrdinal = ["", "", "Twentieth", "Thirtieth", "Fortieth", "Fiftieth", "Sixtieth", "Seventieth", "Eightieth", "Ninetieth"];

    // Declared after the word tables it is built from: static fields initialise in order.
    private static readonly Dictionary<string, int> ByWord = Enumerable.Range(1, 39)
        .ToDictionary(Word, n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinal words 1–39 and numeric ordinals ("12th"), longest first so "Twenty-first" wins over "Twenty".</summary>
    public static readonly string Pattern =
        "(?:" + string.Join("|", ByWord.Keys.OrderByDescending(k => k.Length)) + @"|\d{1,2}(?:st|nd|rd|th))";

    /// <summary>1 to 99: "First", "Twelfth", "Twenty-Third", "Fortieth"; beyond, "100th".</summary>
    public static string Word(int n) => n switch
    {
        < 1 or > 99 => n.ToString(CultureInfo.InvariantCulture) + "th",
        < 10 => Units[n],
        < 20 => Teens[n - 10],
        _ when n % 10 == 0 => TensOrdinal[n / 10],
        _ => Tens[n / 10] + "-" + Units[n % 10],
    };

    public static int Parse(string text)
    {
        if (ByWord.TryGetValue(text.Replace('–', '-'), out var n))
            return n;
        return int.Parse(text.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), CultureInfo.InvariantCulture);
    }
}
