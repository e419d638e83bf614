using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards;
using ConventionBot.Dialogs.Records;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs.Input;

/// <summary>
/// Input to the President: one form (subject — an input deadline of the letters, or other —, on whose behalf, the
/// text, links to files), a review card, then the record, written before the receipt. After the deadline the input is
/// still taken, marked late, and the delegate is told. Staff hear of every input in their channel.
/// Begun with options <c>{"words": "comments on the draft Geneva Progress Report"}</c> to preselect a subject.
/// </summary>
public sealed class InputDialog : CancelAndHelpDialog
{
    public const string Name = "input";

    private const string FormPrompt = "input.form";
    private const string ReviewPrompt = "input.review";

    private readonly FactIndexProvider _facts;
    private readonly SqliteRecordStore _records;
    private readonly TimeProvider _time;
    private readonly IStaffNotifier _staff;

    public InputDialog(FactIndexProvider facts, SqliteRecordStore records, TimeProvider time, IStaffNotifier staff) : base(Name)
    {
        _facts = facts;
        _records = records;
        _time = time;
        _staff = staff;
        AddDialog(new WaterfallDialog(Name + ".steps", [AskInputAsync, ReviewAsync, ActOnReviewAsync]));
        AddDialog(new CardFormPrompt(FormPrompt, form => CardAttachment.From("input-form", form), InputForm.CheckAsync));
        AddDialog(new ChoicePrompt(ReviewPrompt));
    }

    protected override string HelpText =>
        "I am taking your input to the President: choose the subject, say on whose behalf, write your input and add links to " +
        "files if you have them; then check and confirm. Nothing is stored until you confirm. Type cancel to stop.";

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private async Task<DialogTurnResult> AskInputAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var subjects = InputForm.Subjects((await _facts.GetAsync(cancellationToken)).AsOf(Today), Today);
        var words = step.Options?["words"]?.GetValue<string>()?.ToLowerInvariant() ?? "";
        var chosen = subjects.Where(s => s.Due is not null && Overlap(words, s.Title) >= 2).Select(s => s.Title).FirstOrDefault();
        return await step.PromptAsync(FormPrompt, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = "Input to the President" },
            Form = InputForm.Data(subjects, chosen, InputForm.Read(step.Values["details"])),
        }.ToJson(), cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var details = InputForm.Read(step.Result)!;
        step.Values["details"] = step.Result!.DeepClone();
        var submissionId = Review.NewSubmission(step);
        var card = CardAttachment.From("review", new
        {
            Title = "Please check your input",
            FallbackText = "Please check your input to the President, then type confirm, edit or cancel.",
            Note = LateNote(details),
            ConfirmTitle = "Send to the President",
            SubmissionId = submissionId,
            Facts = Facts(details, reference: null),
        });
        return await Review.AskAsync(step, ReviewPrompt, "Please check your input", card, cancellationToken);
    }

    private async Task<DialogTurnResult> ActOnReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result?.GetValue<string>())
        {
            case Review.Edit:
                return await step.GoToStepAsync(0, null, cancellationToken);
            case Review.Cancel:
                return await Review.CancelAsync(step, cancellationToken);
        }
        var details = InputForm.Read(step.Values["details"])!;
        var input = new InputSubmission(SqliteRecordStore.NewReference("INP"), details.Subject, details.Due, details.Delegation, details.Text, details.Links,
            Late: details.Due < Today, step.Context.Activity.From?.Id ?? "", step.Context.Activity.From?.Name, _time.GetUtcNow());
        var outcome = await _records.SubmitInputAsync(Review.SubmissionOf(step), input, cancellationToken);
        var stored = outcome.Record;
        var title = "Your input is with the President";
        var receipt = CardAttachment.From("receipt", new
        {
            Title = title,
            stored.Reference,
            FallbackText = $"{title}. Reference: {stored.Reference}.{(stored.Late ? " It arrived after the deadline and is marked late." : "")}",
            Note = stored.Late ? $"It arrived after the deadline of {stored.Due:d MMMM yyyy} and is marked late." : null,
            CalendarUrl = (string?)null,
            Facts = Facts(details, stored.Reference),
        });
        await step.Context.SendActivityAsync(CardAttachment.Reply(step.Context.Activity, $"{title}. Reference: {stored.Reference}", receipt), cancellationToken);
        if (outcome.Status == SaveStatus.Created)
            await _staff.NotifyAsync($"New input to the President from {stored.Delegation}: {stored.Subject}", CardAttachment.From("receipt", new
            {
                Title = $"New input from {stored.Delegation}",
                stored.Reference,
                FallbackText = $"New input to the President from {stored.Delegation} on {stored.Subject}. Reference: {stored.Reference}.",
                Note = stored.Late ? "Marked late: it arrived after the deadline." : null,
                CalendarUrl = (string?)null,
                Facts = Facts(details, stored.Reference),
            }), cancellationToken);
        return await step.EndDialogAsync(JsonValue.Create(stored.Reference), cancellationToken);
    }

    private string? LateNote(InputDetails details) => details.Due < Today
        ? $"The deadline was {Wording.Day(details.Due.Value)}: your input will be taken and marked late."
        : null;

    private static IEnumerable<object> Facts(InputDetails d, string? reference)
    {
        var text = d.Text.Length > 600 ? d.Text[..600] + $"… ({d.Text.Length} characters in all)" : d.Text;
        return new (string Title, string? Value)[]
            {
                ("Reference", reference), ("Subject", d.Subject), ("On behalf of", d.Delegation), ("Input", text),
                ("Links", d.Links.Count == 0 ? null : string.Join("\n", d.Links)),
            }
            .Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new { f.Title, f.Value });
    }

    /// <summary>How many longer words a request shares with a subject: "comments on the draft Geneva Progress Report".</summary>
    private static int Overlap(string words, string title) =>
        title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4).Distinct().Count(w => words.Contains(w, StringComparison.Ordinal));
}
