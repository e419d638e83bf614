using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Dialogs;

/// <summary>The review step both conversations end with: a card of what will be stored, and Confirm, Edit or Cancel.</summary>
internal static class Review
{
    public const string Confirm = "Confirm";
    public const string Edit = "Edit";
    public const string Cancel = "Cancel";

    /// <summary>
    /// A new submission id for this review: the store writes each confirmed review once, however often its Confirm
    /// arrives. Kept in the step's values, so a restarted host confirms the same review.
    /// </summary>
    public static string NewSubmission(WaterfallStepContext step)
    {
        var id = Guid.NewGuid().ToString("N");
        step.Values["submissionId"] = id;
        return id;
    }

    public static string SubmissionOf(WaterfallStepContext step) => step.Values["submissionId"]!.GetValue<string>();

    /// <summary>Cancel on the review card: nothing was stored, and the delegate is told so.</summary>
    public static async Task<DialogTurnResult> CancelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(step.Context.Activity.CreateReply(CancelAndHelpDialog.Cancelled), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    public static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string promptId, string summary, Attachment card, CancellationToken cancellationToken) =>
        step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = summary, Attachments = [card] },
            Choices = [Confirm, Edit, Cancel],
        }.ToJson(), cancellationToken);
}
