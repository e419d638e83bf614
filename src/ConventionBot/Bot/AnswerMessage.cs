using ConventionBot.Bot.Cards;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Bot;

/// <summary>An answer as plain text — a card's fallbackText: the answer, then each letter it quotes.</summary>
public static class AnswerMessage
{
    public static string Format(Answer answer) =>
        string.Join("\n\n", AnswerCard.Quoted(answer).Select(c => $"— {Wording.LetterOf(c.Date, c.Author, c.Role)}: “{c.Sentence}”").Prepend(answer.Text));
}
