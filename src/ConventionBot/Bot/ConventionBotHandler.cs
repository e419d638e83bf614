using ConventionBot.Answering;
using ConventionBot.Bot.Cards;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Storage;
using ConventionBot.Reminders;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.Dialogs.Announcements;
using ConventionBot.Dialogs.Input;
using ConventionBot.Staff;
using ConventionBot.Dialogs.Registration;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Cards;

namespace ConventionBot.Bot;

/// <summary>
/// ConventionBot's turns: a welcome when it is installed or a member joins, help, and an answer card from the letters
/// to any other message; the answer card's buttons (register, show the letter). It remembers every conversation it is
/// installed in, for announcements.
/// </summary>
public sealed class ConventionBotHandler(
    FactIndexProvider facts, IAnswerWriter writer, ILetterStore letters, SqliteInstallationStore installations, TimeProvider time, BotLinks links,
    DialogRunner dialogs, PersonalChat personalChat, ReminderStore reminders, StaffDirectory staff, LettersFromChat lettersFromChat)
    : ActivityHandler
{
    public const string HelpText =
        "Ask me about the Convention's meetings, deadlines and action plans, the way you would ask a colleague: " +
        "\"When is registration due?\", \"Where is the June meeting?\", \"What is the Siem Reap-Angkor Action Plan?\". " +
        "Every answer quotes the letter it comes from. Say \"register\" to register for a meeting, or \"send input to the President\".";

    public const string UnknownButton = "That button is not one of mine, or it has expired. Ask me your question again, please.";

    public const string UnknownLetter = "I have no letter with that reference. Ask me your question again and use the button on the new answer.";

    public const string LettersAreForStaff = "Only secretariat staff can add letters; nothing was stored.";

    public const string RemindersOn =
        "I will remind you of each deadline in the letters 7 days and 1 day before it. Say \"stop reminders\" to stop.";

    public const string RemindersOff = "No more reminders. Say \"remind me about deadlines\" to have them again.";

    public const string RemindersInPersonalChat = "Reminders come in a personal chat: send me \"remind me about deadlines\" there.";

    public const string AlreadyHandled = "That form was dealt with already; nothing more was stored. Say \"register\" or \"send input\" to start again.";

    protected override async Task OnMessageActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (LettersFromChat.Carries(turn.Activity))
        {
            if (staff.IsStaff(turn.Activity))
                await lettersFromChat.IngestAsync(turn, cancellationToken);
            else
                await turn.SendActivityAsync(turn.Activity.CreateReply(LettersAreForStaff), cancellationToken);
            return;
        }
        var action = CardAction.Of(turn.Activity);
        var typed = Mentions.RemoveRecipientMention(turn.Activity);
        // A question typed in the middle of a dialog is answered and the dialog waits; anything else goes on with the
        // dialog ("cancel" and "help" included).
        var typedQuestion = action is null && !string.IsNullOrWhiteSpace(typed) && DialogIntents.IsQuestion(typed);
        if (!typedQuestion && (await dialogs.RunAsync(turn, dc => dc.ContinueDialogAsync(cancellationToken), cancellationToken)).Status != DialogTurnStatus.Empty)
            return;
        var question = !string.IsNullOrWhiteSpace(typed) ? typed : action?.Question;
        if (!string.IsNullOrWhiteSpace(typed) && (DialogIntents.IsRemindMe(typed) || DialogIntents.IsStopReminders(typed)))
            await SetRemindersAsync(turn, DialogIntents.IsRemindMe(typed), cancellationToken);
        else if (action?.Action == "announce")
            await BeginAsync(turn, AnnouncementDialog.Name, new JsonObject { ["meeting"] = action.Meeting }, cancellationToken);
        else if (action?.Action == "register")
            await BeginAsync(turn, RegistrationDialog.Name, new JsonObject { ["meeting"] = action.Meeting }, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(typed) && DialogIntents.DialogFor(typed) is { } dialog)
            await BeginAsync(turn, dialog, new JsonObject { ["words"] = typed }, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(question))
            await AnswerAsync(turn, question, cancellationToken);
        else if (action?.Action == "showLetter")
            await ShowLetterAsync(turn, action.Letter, cancellationToken);
        else if (action?.SubmissionId is not null || action?.Choice is not null || action?.Form is not null)
            await turn.SendActivityAsync(turn.Activity.CreateReply(AlreadyHandled), cancellationToken);
        else if (action is not null)
            await turn.SendActivityAsync(turn.Activity.CreateReply(UnknownButton), cancellationToken);
    }

    /// <summary>Action.Execute from a form card: the dialog takes the inputs; Teams gets a short message back.</summary>
    protected override async Task<InvokeResponse?> OnAdaptiveCardActionAsync(ITurnContext turn, JsonElement? value, CancellationToken cancellationToken)
    {
        var result = await dialogs.RunAsync(turn, dc => dc.ContinueDialogAsync(cancellationToken), cancellationToken);
        var message = result.Status == DialogTurnStatus.Empty ? AlreadyHandled : "Received.";
        return new InvokeResponse { Status = 200, Body = new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = message } };
    }

    private async Task SetRemindersAsync(ITurnContext turn, bool on, CancellationToken cancellationToken)
    {
        string reply;
        if (PersonalChat.IsShared(turn.Activity))
            reply = RemindersInPersonalChat;
        else if (on)
        {
            await reminders.SubscribeAsync(turn.Activity, time.GetUtcNow(), cancellationToken);
            reply = RemindersOn;
        }
        else
        {
            await reminders.UnsubscribeAsync(turn.Activity, cancellationToken);
            reply = RemindersOff;
        }
        await turn.SendActivityAsync(turn.Activity.CreateReply(reply), cancellationToken);
    }

    /// <summary>Begins a dialog — in personal chat when asked in a shared one; staff dialogs only for staff.</summary>
    private async Task BeginAsync(ITurnContext turn, string dialogId, JsonNode options, CancellationToken cancellationToken)
    {
        if (dialogId == AnnouncementDialog.Name && !staff.IsStaff(turn.Activity))
            await turn.SendActivityAsync(turn.Activity.CreateReply(StaffDirectory.Refusal), cancellationToken);
        else if (PersonalChat.IsShared(turn.Activity))
            await personalChat.BeginAsync(turn, dialogId, options, cancellationToken);
        else
            await dialogs.RunAsync(turn, dc => dc.BeginDialogAsync(dialogId, options, cancellationToken), cancellationToken);
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
            _ => AnswerCard.Create(answer, today, links),
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
