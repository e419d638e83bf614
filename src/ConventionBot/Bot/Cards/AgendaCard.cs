using System.Globalization;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Answering;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>"What's coming up?": upcoming meetings and deadlines, soonest first, each with its letter.</summary>
public static class AgendaCard
{
    public static Attachment Create(Answer answer, DateOnly today) => CardAttachment.From("agenda", new
    {
        Today = today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        FallbackText = answer.Text,
        Items = answer.Agenda.Select(item => new
        {
            item.When,
            item.Status,
            item.Title,
            Place = item.Meeting is { Format: Letters.Model.MeetingFormat.Virtual } ? "virtual" : item.Meeting?.Venue?.City,
            Source = "Letter of " + (item.Letter.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "no date"),
        }),
        More = answer.MoreOnAgenda,
    });
}
