using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards;
using ConventionBot.Dialogs.Records;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs.Registration;

/// <summary>
/// Registration for a meeting: which meeting (those still to come in the letters; a closed one says so and gives the
/// contact), one form card for the participant's details, a review card (Confirm, Edit, Cancel), then the record —
/// written before the receipt goes out, once per confirmed review — and a receipt with its reference number and
/// Add to calendar. A second registration for the same e-mail and meeting offers to update the first instead.
/// Begun with options <c>{"meeting": key}</c> (the Register button) or <c>{"words": "sign me up for the June meetings"}</c>.
/// </summary>
public sealed class RegistrationDialog : CancelAndHelpDialog
{
    public const string Name = "registration";

    private const string MeetingPrompt = "registration.meeting";
    private const string FormPrompt = "registration.form";
    private const string ReviewPrompt = "registration.review";
    private const string UpdatePrompt = "registration.update";
    private const int FormStep = 1;

    private readonly FactIndexProvider _facts;
    private readonly SqliteRecordStore _records;
    private readonly TimeProvider _time;
    private readonly IMeetingLinks _links;

    public RegistrationDialog(FactIndexProvider facts, SqliteRecordStore records, TimeProvider time, IMeetingLinks links) : base(Name)
    {
        _facts = facts;
        _records = records;
        _time = time;
        _links = links;
        AddDialog(new WaterfallDialog(Name + ".steps", [ChooseMeetingAsync, AskDetailsAsync, ReviewAsync, ActOnReviewAsync, UpdateAsync]));
        AddDialog(new ChoicePrompt(MeetingPrompt));
        AddDialog(new CardFormPrompt(FormPrompt, form => CardAttachment.From("registration-form", form), RegistrationForm.CheckAsync));
        AddDialog(new ChoicePrompt(ReviewPrompt));
        AddDialog(new ConfirmPrompt(UpdatePrompt));
    }

    protected override string HelpText =>
        "I am registering you for a meeting: choose the meeting, fill in the form, check the summary and confirm. " +
        "Nothing is stored until you confirm. Type cancel to stop.";

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private async Task<RegistrationOffer> OfferAsync(CancellationToken cancellationToken) =>
        RegistrationOffer.For((await _facts.GetAsync(cancellationToken)).AsOf(Today), Today);

    private async Task<DialogTurnResult> ChooseMeetingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(cancellationToken);
        if (offer.Meetings.Count == 0)
        {
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply("The letters name no meeting still to come, so there is nothing to register for yet."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var key = step.Options?["meeting"]?.GetValue<string>();
        var chosen = offer.Find(key) ?? offer.Find(step.Options?["words"]?.GetValue<string>());
        if (chosen is not null)
            return await step.NextAsync(JsonValue.Create(chosen.Label), cancellationToken);
        var notes = key is null ? [] : new[] { $"The letters name no meeting \"{key}\" still to come; these are the ones they name." };
        return await MeetingChoice.AskAsync(step, MeetingPrompt, "Which meeting do you want to register for?", offer.Meetings.Select(m => m.Label).ToList(), notes, cancellationToken);
    }

    private async Task<DialogTurnResult> AskDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(cancellationToken);
        var meeting = offer.Find(step.Result?.GetValue<string>());
        if (meeting is null)
            return await step.EndDialogAsync(null, cancellationToken);
        if (meeting.Closed)
        {
            var contact = offer.ContactEmail is { } email ? $" Please write to {email}." : "";
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply(
                $"Registration for the {meeting.Meeting.Name} closed on {Wording.Day(meeting.Registration!.Due)}.{contact}"), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        step.Values["meeting"] = meeting.Meeting.Key;
        return await step.PromptAsync(FormPrompt, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = $"Registration form for the {meeting.Meeting.Name}" },
            Form = RegistrationForm.Data(meeting, RegistrationForm.Read(step.Values["details"])),
        }.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var details = RegistrationForm.Read(step.Result)!;
        var meeting = (await OfferAsync(cancellationToken)).Find(step.Values["meeting"]!.GetValue<string>())!;
        step.Values["details"] = RegistrationForm.ToJson(details);
        var submissionId = Review.NewSubmission(step);
        var card = CardAttachment.From("review", new
        {
            Title = "Please check your registration",
            FallbackText = $"Please check your registration for the {meeting.Meeting.Name}, then type confirm, edit or cancel.",
            Note = (string?)null,
            ConfirmTitle = "Confirm",
            SubmissionId = submissionId,
            Facts = Facts(meeting, details),
        });
        return await Review.AskAsync(step, ReviewPrompt, "Please check your registration", card, cancellationToken);
    }

    private async Task<DialogTurnResult> ActOnReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var meeting = (await OfferAsync(cancellationToken)).Find(step.Values["meeting"]!.GetValue<string>())!;
        switch (step.Result?.GetValue<string>())
        {
            case Review.Edit:
                return await step.GoToStepAsync(FormStep, JsonValue.Create(meeting.Label), cancellationToken);
            case Review.Cancel:
                return await Review.CancelAsync(step, cancellationToken);
        }
        var registration = RecordOf(step, meeting);
        var outcome = await _records.RegisterAsync(Review.SubmissionOf(step), registration, cancellationToken);
        if (outcome.Status == SaveStatus.EmailTaken)
        {
            step.Values["existing"] = outcome.Record.Reference;
            return await step.PromptAsync(UpdatePrompt, new PromptOptions
            {
                Prompt = step.Context.Activity.CreateReply(
                    $"{registration.Email} is already registered for the {meeting.Meeting.Name} (reference {outcome.Record.Reference}). Update that registration with these details?"),
            }.ToJson(), cancellationToken);
        }
        await SendReceiptAsync(step, meeting, outcome, cancellationToken);
        return await step.EndDialogAsync(JsonValue.Create(outcome.Record.Reference), cancellationToken);
    }

    private async Task<DialogTurnResult> UpdateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var meeting = (await OfferAsync(cancellationToken)).Find(step.Values["meeting"]!.GetValue<string>())!;
        if (step.Result?.GetValue<bool>() != true)
        {
            await step.Context.SendActivityAsync(step.Context.Activity.CreateReply(
                $"Your registration {step.Values["existing"]} stands as it was; nothing changed."), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var outcome = await _records.UpdateRegistrationAsync(Review.SubmissionOf(step), RecordOf(step, meeting), _time.GetUtcNow(), cancellationToken);
        await SendReceiptAsync(step, meeting, outcome, cancellationToken);
        return await step.EndDialogAsync(JsonValue.Create(outcome.Record.Reference), cancellationToken);
    }

    private Records.Registration RecordOf(WaterfallStepContext step, OpenMeeting meeting)
    {
        var d = RegistrationForm.Read(step.Values["details"])!;
        return new Records.Registration(
            SqliteRecordStore.NewReference("REG"), meeting.Meeting.Key, meeting.Meeting.Name, d.Name, d.Title, d.Delegation, d.Category,
            d.Email, d.Phone, d.Attendance, d.Language, d.Accessibility, d.Sponsorship, step.Context.Activity.From?.Id ?? "", _time.GetUtcNow());
    }

    private async Task SendReceiptAsync(WaterfallStepContext step, OpenMeeting meeting, SaveOutcome<Records.Registration> outcome, CancellationToken cancellationToken)
    {
        var title = outcome.Status == SaveStatus.Updated ? "Your registration is updated" : "You are registered";
        var card = CardAttachment.From("receipt", new
        {
            Title = title,
            outcome.Record.Reference,
            FallbackText = $"{title} for the {meeting.Meeting.Name}. Reference: {outcome.Record.Reference}.",
            Note = (string?)null,
            CalendarUrl = _links.CalendarUrl(meeting.Meeting),
            Facts = Facts(meeting, RegistrationForm.Read(step.Values["details"])!),
        });
        await step.Context.SendActivityAsync(CardAttachment.Reply(step.Context.Activity, $"{title}. Reference: {outcome.Record.Reference}", card), cancellationToken);
    }

    private static IEnumerable<object> Facts(OpenMeeting meeting, ParticipantDetails d)
    {
        var facts = new List<(string Title, string? Value)>
        {
            ("Meeting", meeting.Label), ("Name", d.Name), ("Title", d.Title), ("Delegation", d.Delegation), ("Category", d.Category),
            ("E-mail", d.Email), ("Phone", d.Phone), ("Attendance", d.Attendance), ("Interpretation", d.Language), ("Accessibility", d.Accessibility),
        };
        if (meeting.Sponsorship)
            facts.Add(("Sponsorship", d.Sponsorship ? "requested" : "not requested"));
        return facts.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new { f.Title, f.Value });
    }
}
