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
        var title = Wording.LetterOf(letter.Facts.Date);
        var from = Wording.SignedBy(letter.Facts.Author, letter.Facts.Role);
        return CardAttachment.From("letter", new
        {
            Title = title,
            From = from,
            File = Path.GetFileName(letter.File),
            FallbackText = $"{Wording.LetterOf(letter.Facts.Date, letter.Facts.Author, letter.Facts.Role)}: {string.Join(" ", shown.Take(3))}",
            Paragraphs = shown,
            Omitted = paragraphs.Length - shown.Count,
        });
    }
}
