using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>"What's coming up?": upcoming meetings and deadlines, soonest first, each with its letter.</summary>
public static class AgendaCard
{
    public static Attachment Create(Answer answer, DateOnly today) => CardAttachment.From("agenda", new
    {
        Today = Wording.Day(today),
        FallbackText = answer.Text,
        Items = answer.Agenda.Select(item => new
        {
            item.When,
            item.Status,
            item.Title,
            Place = item.Meeting is { Format: MeetingFormat.Virtual } ? "virtual" : item.Meeting?.Venue?.City,
            Source = Wording.LetterOf(item.Letter.Date),
        }),
        More = answer.MoreOnAgenda,
    });
}
