using ConventionBot.Calendar;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>
/// An answer as a card: the answer, each letter quoted (date, author, role, the sentence), and what to do next —
/// Register and Add to calendar when the answer is about a meeting still to come, Show the letter when it quotes one.
/// </summary>
public static class AnswerCard
{
    public static Attachment Create(Answer answer, DateOnly today, BotLinks links)
    {
        var upcoming = answer.About is { } meeting && meeting.LatestEnd >= today ? meeting : null;
        return CardAttachment.From("answer", new
        {
            Answer = answer.Text,
            answer.Answered,
            answer.Generated,
            FallbackText = AnswerMessage.Format(answer),
            Citations = Quoted(answer).Select(c => new { Source = Wording.LetterOf(c.Date, c.Author, c.Role), c.Sentence }),
            Register = upcoming is null ? null : new { upcoming.Key, upcoming.Name },
            CalendarUrl = upcoming is null ? null : links.CalendarUrl(upcoming),
            Letter = answer.Citations.FirstOrDefault()?.Letter,
        });
    }

    /// <summary>The letters an answer quotes, each sentence once, at most three.</summary>
    public static IEnumerable<Citation> Quoted(Answer answer) => answer.Citations.DistinctBy(c => (c.Letter, c.Sentence)).Take(3);
}
