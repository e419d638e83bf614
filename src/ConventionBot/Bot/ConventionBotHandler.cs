using System.Text.Json;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using ConventionBot.Letters.Answering;

namespace ConventionBot.Bot;

/// <summary>
/// ConventionBot's turns: a welcome when it is installed or a member joins, help, and an answer from the letters to
/// any other message. It remembers every conversation it is installed in, for announcements.
/// </summary>
public sealed class ConventionBotHandler(FactIndexProvider facts, SqliteInstallationStore installations, TimeProvider time) : ActivityHandler
{
    public const string HelpText =
        "Ask me about the Convention's meetings, deadlines and action plans, the way you would ask a colleague: " +
        "\"When is registration due?\", \"Where is the June meeting?\", \"What is the Siem Reap-Angkor Action Plan?\". " +
        "Every answer quotes the letter it comes from.";

    protected override async Task OnMessageActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var question = QuestionOf(turn.Activity);
        if (string.IsNullOrWhiteSpace(question))
            return;
        var reply = question.Trim().ToLowerInvariant() is "help" or "?" or "hi" or "hello"
            ? HelpText
            : AnswerMessage.Format(new AnswerEngine(await facts.GetAsync(cancellationToken)).Ask(question, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        await turn.SendActivityAsync(turn.Activity.CreateReply(reply), cancellationToken);
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
            await SendWelcomeAsync(turn, cancellationToken);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await installations.SaveAsync(Installation.From(turn.Activity, time.GetUtcNow()), cancellationToken);

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await installations.RemoveAsync(Installation.From(turn.Activity, time.GetUtcNow()).Key, cancellationToken);

    private static Task SendWelcomeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        // The card says it all; the summary is what a notification shows.
        var welcome = turn.Activity.CreateReply();
        welcome.ReplyToId = null;
        welcome.Summary = WelcomeCard.FallbackText;
        welcome.Attachments = [WelcomeCard.Create()];
        return turn.SendActivityAsync(welcome, cancellationToken);
    }

    /// <summary>The typed text without the bot's @mention, or the question a card button carries.</summary>
    private static string? QuestionOf(Activity activity)
    {
        var text = Mentions.RemoveRecipientMention(activity);
        if (!string.IsNullOrWhiteSpace(text))
            return text;
        return activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String
            ? q.GetString()
            : null;
    }
}
