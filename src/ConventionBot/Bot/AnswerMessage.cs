using System.Globalization;
using ConventionBot.Letters.Answering;

namespace ConventionBot.Bot;

/// <summary>An answer as a chat message: the answer, then each letter it quotes (date, author, role, the sentence).</summary>
public static class AnswerMessage
{
    public static string Format(Answer answer)
    {
        var lines = new List<string> { answer.Text };
        foreach (var citation in answer.Citations.DistinctBy(c => (c.Letter, c.Sentence)).Take(3))
            lines.Add($"— Letter of {Cite(citation)}: “{citation.Sentence}”");
        return string.Join("\n\n", lines);
    }

    private static string Cite(Citation citation)
    {
        var date = citation.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an undated letter";
        var author = string.Join(", ", new[] { citation.Author, citation.Role }.Where(s => !string.IsNullOrEmpty(s)));
        return author.Length == 0 ? date : $"{date} from {author}";
    }
}
