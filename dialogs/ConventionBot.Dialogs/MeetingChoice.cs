using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards;

namespace ConventionBot.Dialogs;

/// <summary>"Which meeting?": a card with a button per meeting, answered by pressing one or typing (part of) its name.</summary>
internal static class MeetingChoice
{
    public static Task<DialogTurnResult> AskAsync(
        WaterfallStepContext step, string promptId, string question, IReadOnlyList<string> labels, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var card = CardAttachment.From("choice-prompt", new
        {
            Text = question,
            FallbackText = question + " " + string.Join("; ", labels),
            Notes = notes,
            Choices = labels.Select(l => new { Title = l, Value = l }),
        });
        return step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = question, Attachments = [card] },
            Choices = labels,
        }.ToJson(), cancellationToken);
    }
}
