using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Answering;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>
/// When two meetings fit a question equally: the question back, one button per meeting. A button asks the same
/// question again with the meeting named, so the answer that follows is the one the delegate would have typed.
/// </summary>
public static class ChoicesCard
{
    public static Attachment Create(string question, Answer answer) => CardAttachment.From("choices", new
    {
        answer.Text,
        FallbackText = answer.Text,
        Choices = answer.Choices.Select(meeting => new { Title = meeting, Question = $"{question.TrimEnd('?', ' ')} — {meeting}?" }),
    });
}
