using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;
using ConventionBot.Cards;
using ConventionBot.Dialogs.Registration;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs.Announcements;

/// <summary>
/// Staff announce a meeting: the meeting (named, or chosen), a preview of the announcement card built from the
/// letters' facts, the channels where the bot is installed to pick from, a question first if any of them had this
/// announcement already, then a new thread in each channel and a report of what was posted where, or why not.
/// Only staff begin it; the host checks that before beginning. Options: <c>{"meeting": key}</c> or <c>{"words": …}</c>.
/// </summary>
public sealed class AnnouncementDialog : CancelAndHelpDialog
{
    public const string Name = "announcement";

    private const string MeetingPrompt = "announcement.meeting";
    private const string ChannelsPrompt = "announcement.channels";
    private const string AgainPrompt = "announcement.again";

    private readonly FactIndexProvider _facts;
    private readonly SqliteInstallationStore _installations;
    private readonly AnnouncementLog _log;
    private readonly ChannelPoster _poster;
    private readonly TimeProvider _time;
    private readonly IMeetingLinks _links;

    public AnnouncementDialog(FactIndexProvider facts, SqliteInstallationStore installations, AnnouncementLog log, ChannelPoster poster, TimeProvider time, IMeetingLinks links)
        : base(Name)
    {
        _facts = facts;
        _installations = installations;
        _log = log;
        _poster = poster;
        _time = time;
        _links = links;
        AddDialog(new WaterfallDialog(Name + ".steps", [ChooseMeetingAsync, PreviewAsync, CheckRepeatsAsync, PostAsync]));
        AddDialog(new ChoicePrompt(MeetingPrompt));
        AddDialog(new CardFormPrompt(ChannelsPrompt, form => CardAttachment.From("channel-picker", form), CheckChannelsAsync));
        AddDialog(new ConfirmPrompt(AgainPrompt));
    }

    protected override string HelpText =>
        "I am preparing an announcement: choose the meeting, check the preview, pick the channels and press Post. " +
        "Nothing is posted until you do. Type cancel to stop.";

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private async Task<(RegistrationOffer Offer, FactIndex Index)> FactsAsync(CancellationToken cancellationToken)
    {
        var index = (await _facts.GetAsync(cancellationToken)).AsOf(Today);
        return (RegistrationOffer.For(index, Today), index);
    }

    private async Task<DialogTurnResult> ChooseMeetingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (offer, _) = await FactsAsync(cancellationToken);
        if (offer.Meetings.Count == 0)
        {
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply("The letters name no meeting still to come to announce."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var chosen = offer.Find(step.Options?["meeting"]?.GetValue<string>()) ?? offer.Find(step.Options?["words"]?.GetValue<string>());
        if (chosen is not null)
            return await step.NextAsync(JsonValue.Create(chosen.Label), cancellationToken);
        return await MeetingChoice.AskAsync(step, MeetingPrompt, "Which meeting do you want to announce?", offer.Meetings.Select(m => m.Label).ToList(), [], cancellationToken);
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (offer, index) = await FactsAsync(cancellationToken);
        var meeting = offer.Find(step.Result?.GetValue<string>())!;
        step.Values["meeting"] = meeting.Meeting.Key;
        var channels = await ChannelsAsync(cancellationToken);
        if (channels.Count == 0)
        {
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply(
                "I am installed in no Teams channel yet, so there is nowhere to post. Add me to a team first."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var (summary, card) = Announcement(meeting, index);
        await step.Context.SendActivityAsync(CardAttachment.Reply(step.Context.Activity, "Preview: " + summary, card), cancellationToken);
        return await step.PromptAsync(ChannelsPrompt, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = "Choose the channels" },
            Form = new JsonObject
            {
                ["fallbackText"] = "Choose the channels to post the announcement to.",
                ["channels"] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject { ["title"] = Title(c), ["key"] = c.Key }).ToArray()),
                ["values"] = new JsonObject { ["channels"] = "" },
            },
        }.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> CheckRepeatsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.Result!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        step.Values["channels"] = step.Result.DeepClone();
        var before = await _log.PostedBeforeAsync(step.Values["meeting"]!.GetValue<string>(), chosen, cancellationToken);
        if (before.Count == 0)
            return await step.NextAsync(JsonValue.Create(true), cancellationToken);
        var channels = (await ChannelsAsync(cancellationToken)).ToDictionary(c => c.Key);
        var where = string.Join("; ", before.Select(b => $"{(channels.TryGetValue(b.Key, out var c) ? Title(c) : b.Key)} on {b.Value:d MMMM yyyy}"));
        return await step.PromptAsync(AgainPrompt, new PromptOptions
        {
            Prompt = step.Context.Activity.CreateReply($"This announcement was posted already: {where}. Post it again?"),
        }.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> PostAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result?.GetValue<bool>() != true)
        {
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply("Nothing was posted."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var (offer, index) = await FactsAsync(cancellationToken);
        var meetingKey = step.Values["meeting"]!.GetValue<string>();
        var meeting = offer.Find(meetingKey)!;
        var (summary, card) = Announcement(meeting, index);
        var channels = (await ChannelsAsync(cancellationToken)).ToDictionary(c => c.Key);
        var lines = new List<string>();
        foreach (var key in step.Values["channels"]!.AsArray().Select(c => c!.GetValue<string>()))
        {
            var channel = channels[key];
            var problem = await _poster.PostAsync(channel, summary, card, cancellationToken);
            if (problem is null)
                await _log.RecordAsync(meetingKey, key, _time.GetUtcNow(), cancellationToken);
            lines.Add(problem is null ? $"✓ {Title(channel)}: posted" : $"✗ {Title(channel)}: not posted — {problem}");
        }
        await step.Context.SendActivityAsync(step.Context.Activity.CreateReply($"The {meeting.Meeting.Name} announcement:\n\n" + string.Join("\n\n", lines)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<List<Installation>> ChannelsAsync(CancellationToken cancellationToken) =>
        (await _installations.ListAsync(cancellationToken)).Where(i => i.TeamsChannelId is not null && i.ConversationType == "channel").ToList();

    private static string Title(Installation channel) => $"{channel.TeamName ?? "Team"} › {channel.TeamsChannelName ?? "General"}";

    private static Task<FormCheck> CheckChannelsAsync(JsonObject submitted, JsonObject form, CancellationToken cancellationToken)
    {
        var fields = new FormFields(submitted, new HashSet<string> { "channels" });
        fields.RejectUnknownFields();
        var offered = form["channels"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ToList();
        var chosen = (fields.Text("channels", 10_000, required: true, "Choose at least one channel.") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (chosen.Any(c => !offered.Contains(c)))
            fields.Errors["channels"] = "Choose among the channels listed.";
        return Task.FromResult(fields.Errors.Count > 0
            ? new FormCheck(fields.Errors, null)
            : FormCheck.Valid(new JsonArray(chosen.Select(c => (JsonNode)JsonValue.Create(c)).ToArray())));
    }

    /// <summary>The announcement card, from the letters' facts: when, where, format, registration, and the letter it comes from.</summary>
    private (string Summary, Attachment Card) Announcement(OpenMeeting meeting, FactIndex index)
    {
        var m = meeting.Meeting;
        var cited = index.Meetings.First(c => c.Fact.Key == m.Key);
        var where = m.Format == MeetingFormat.Virtual ? "Online" : m.Venue?.ToString();
        var format = m.Format switch { MeetingFormat.Virtual => "Virtual", MeetingFormat.Hybrid => "Hybrid: in person and online", MeetingFormat.InPerson => "In person", _ => null };
        var registration = meeting is { Registration: { } deadline, Closed: false } ? Wording.Day(deadline.Due) : null;
        var facts = new (string Title, string? Value)[] { ("When", meeting.When + (m.Status == MeetingStatus.Proposed ? " (proposed)" : "")), ("Where", where), ("Format", format) }
            .Where(f => f.Value is not null).Select(f => new { f.Title, f.Value });
        var summary = $"{m.Name}: {meeting.When}{(where is null ? "" : ", " + where)}.{(registration is null ? "" : $" Registration is open until {registration}.")}";
        return (summary, CardAttachment.From("announcement", new
        {
            m.Name,
            MeetingKey = m.Key,
            FallbackText = summary,
            Facts = facts,
            Registration = registration,
            CalendarUrl = _links.CalendarUrl(m),
            Source = Wording.LetterOf(cited.Letter.Date, cited.Letter.Author, cited.Letter.Role),
            Sentence = cited.Fact.Source.Text.Replace('\n', ' '),
        }));
    }
}
