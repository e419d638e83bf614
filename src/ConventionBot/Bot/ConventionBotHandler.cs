using ConventionBot.Answering;
using ConventionBot.Bot.Cards;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Bot;

/// <summary>
/// ConventionBot's turns: a welcome when it is installed or a member joins, help, and an answer card from the letters
/// to any other message; the answer card's buttons (register, show the letter). It remembers every conversation it is
/// installed in, for announcements.
/// </summary>
public sealed class ConventionBotHandler(
    FactIndexProvider facts, IAnswerWriter writer, ILetterStore letters, SqliteInstallationStore installations, TimeProvider time, BotLinks links)
    : ActivityHandler
{
    public const string HelpText =
        "Ask me about the Convention's meetings, deadlines and action plans, the way you would ask a colleague: " +
        "\"When is registration due?\", \"Where is the June meeting?\", \"What is the Siem Reap-Angkor Action Plan?\". " +
        "Every answer quotes the letter it comes from.";

    public const string UnknownButton = "That button is not one of mine, or it has expired. Ask me your question again, please.";

    public const string UnknownLetter = "I have no letter with that reference. Ask me your question again and use the button on the new answer.";

    protected override async Task OnMessageActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var action = CardAction.Of(turn.Activity);
        var question = Mentions.RemoveRecipientMention(turn.Activity) is { Length: > 0 } typed && !string.IsNullOrWhiteSpace(typed) ? typed : action?.Question;
        if (!string.IsNullOrWhiteSpace(question))
            await AnswerAsync(turn, question, cancellationToken);
        else if (action?.Action == "showLetter")
            await ShowLetterAsync(turn, action.Letter, cancellationToken);
        else if (action?.Action == "register" && action.MeetingName is { Length: > 0 } meeting)
            await AnswerAsync(turn, $"how do I register for the {meeting}", cancellationToken);
        else if (action is not null)
            await turn.SendActivityAsync(turn.Activity.CreateReply(UnknownButton), cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        if (question.Trim().ToLowerInvariant() is "help" or "?" or "hi" or "hello")
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply(HelpText), cancellationToken);
            return;
        }
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var index = await facts.GetAsync(cancellationToken);
        var answer = await writer.WriteAsync(question, new AnswerEngine(index).Ask(question, today), index.AsOf(today), today, cancellationToken);
        var card = answer switch
        {
            { Choices.Count: > 1 } => ChoicesCard.Create(question, answer),
            { Agenda.Count: > 0 } => AgendaCard.Create(answer, today),
            _ => AnswerCard.Create(answer, today, links.PublicUrl),
        };
        await turn.SendActivityAsync(CardAttachment.Reply(turn.Activity, answer.Text, card), cancellationToken);
    }

    private async Task ShowLetterAsync(ITurnContext turn, string? letterId, CancellationToken cancellationToken)
    {
        var letter = string.IsNullOrEmpty(letterId) ? null : await letters.GetAsync(letterId, cancellationToken);
        var reply = letter is null
            ? turn.Activity.CreateReply(UnknownLetter)
            : CardAttachment.Reply(turn.Activity, $"The letter of {letter.Facts.Date:d MMMM yyyy}", LetterCard.Create(letter));
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (membersAdded.Any(m => m.Id == botId))
            await installations.SaveAsync(Installation.From(turn.Activity, time.GetUtcNow()), cancellationToken);
        // In a personal chat the bot greets the user; in a team or group it greets once, when it is added itself.
        var greet = turn.Activity.Conversation?.ConversationType is null or "personal"
            ? membersAdded.Any(m => m.Id != botId)
            : membersAdded.Any(m => m.Id == botId);
        if (greet)
        {
            var welcome = CardAttachment.Reply(turn.Activity, WelcomeCard.FallbackText, WelcomeCard.Create());
            welcome.ReplyToId = null;
            await turn.SendActivityAsync(welcome, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await installations.SaveAsync(Installation.From(turn.Activity, time.GetUtcNow()), cancellationToken);

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await installations.RemoveAsync(Installation.From(turn.Activity, time.GetUtcNow()).Key, cancellationToken);
}
