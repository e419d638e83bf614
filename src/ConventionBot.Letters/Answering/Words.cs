namespace ConventionBot.Letters.Answering;

/// <summary>Words of a sentence, and the key under which a word and its inflections meet ("registration" ~ "register").</summary>
internal static class Words
{
    private static readonly char[] Separators = [' ', '\n', ',', '.', ';', ':', '(', ')', '"', '“', '”', '’', '\'', '-', '/', '?', '!'];

    public static string[] Of(string text) => text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Long words meet on their first five letters: a light stem that needs no dictionary.</summary>
    public static string Key(string word) => word.Length > 5 ? word[..5] : word;
}
