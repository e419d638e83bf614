using System.Globalization;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Model;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>
/// "Show the letter": the letter itself, paragraph by paragraph. A long letter is cut where the card would grow past
/// what Teams accepts, and the card says how many paragraphs are left out.
/// </summary>
public static class LetterCard
{
    /// <summary>Room for the letter's text in a card of at most 28 KB, with its markup and the rest of the activity.</summary>
    private const int TextBudget = 20_000;

    public static Attachment Create(Letter letter)
    {
        var paragraphs = letter.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var shown = new List<string>();
        var used = 0;
        foreach (var paragraph in paragraphs)
        {
            used += paragraph.Length;
            if (used > TextBudget)
                break;
            shown.Add(paragraph);
        }
        var title = "Letter of " + (letter.Facts.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "no date");
        var from = string.Join(", ", new[] { letter.Facts.Author, letter.Facts.Role }.Where(s => !string.IsNullOrEmpty(s)));
        return CardAttachment.From("letter", new
        {
            Title = title,
            From = from.Length == 0 ? null : from,
            File = Path.GetFileName(letter.File),
            FallbackText = $"{title}{(from.Length == 0 ? "" : " from " + from)}: {string.Join(" ", shown.Take(3))}",
            Paragraphs = shown,
            Omitted = paragraphs.Length - shown.Count,
        });
    }
}
