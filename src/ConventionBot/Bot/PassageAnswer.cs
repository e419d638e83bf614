using System.Globalization;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Bot;

/// <summary>
/// The first answer to a question: the best-matching passage of the letters, quoted with the letter it is from.
/// When nothing matches, it says so rather than guessing.
/// </summary>
public static class PassageAnswer
{
    public const string NothingFound =
        "I found nothing about that in the letters. You can ask about meetings, registration, deadlines or action plans, or write to the Implementation Support Unit.";

    public static async Task<string> AnswerAsync(ILetterStore store, string question, CancellationToken cancellationToken)
    {
        var hits = await store.SearchAsync(question, 1, cancellationToken);
        if (hits.Count == 0)
            return NothingFound;
        var hit = hits[0];
        return $"From the letter of {Cite(hit.Letter)}:\n\n> {hit.Sentence.Text.Replace("\n", " ")}";
    }

    public static string Cite(LetterRef letter)
    {
        var date = letter.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an undated letter";
        var author = string.Join(", ", new[] { letter.Author, letter.Role }.Where(s => !string.IsNullOrEmpty(s)));
        return author.Length == 0 ? date : $"{date} by {author}";
    }
}
