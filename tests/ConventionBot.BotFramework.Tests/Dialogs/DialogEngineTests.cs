using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.BotFramework.Schema;
using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Tests.Dialogs;

/// <summary>The dialog engine over real SQLite conversation state: each turn a new runner, as each request is.</summary>
public sealed class DialogEngineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-dialogs-").FullName;
    private int _turn;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A trip planner: a name, a choice, a date, a confirmation; the answers collected in step values.</summary>
    private sealed class TripDialog : ComponentDialog
    {
        public TripDialog() : base("trip")
        {
            AddDialog(new WaterfallDialog("trip.steps",
            [
                (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Your name?" } }.ToJson(), ct),
                (step, ct) =>
                {
                    step.Values["name"] = step.Result!.DeepClone();
                    return step.PromptAsync("city", new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Which city?" }, Choices = ["Geneva", "Maputo", "Oslo"] }.ToJson(), ct);
                },
                (step, ct) =>
                {
                    step.Values["city"] = step.Result!.DeepClone();
                    return step.PromptAsync("day", new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Which day?" } }.ToJson(), ct);
                },
                (step, ct) =>
                {
                    step.Values["day"] = step.Result!.DeepClone();
                    return step.PromptAsync("sure", new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Sure?" } }.ToJson(), ct);
                },
                (step, ct) => step.EndDialogAsync(step.Result!.GetValue<bool>() ? step.Values.DeepClone() : null, ct),
            ]));
            AddDialog(new TextPrompt("name"));
            AddDialog(new ChoicePrompt("city"));
            AddDialog(new DatePrompt("day"));
            AddDialog(new ConfirmPrompt("sure"));
        }
    }

    private async Task<(DialogTurnResult Result, IReadOnlyList<Activity> Replies)> SayAsync(string text)
    {
        // A new storage, state and runner per turn: nothing survives in memory between turns.
        var state = new ConversationState(new SqliteStorage(Path.Combine(_folder, "state.db")));
        var runner = new DialogRunner(new DialogSet().Add(new TripDialog()), state);
        var turn = Turns.Message($"t{++_turn}", text);
        var result = await runner.ContinueOrBeginAsync(turn, "trip", null, CancellationToken.None);
        await state.SaveChangesAsync(turn, CancellationToken.None);
        return (result, turn.BufferedReplies);
    }

    [Fact]
    public async Task A_waterfall_of_prompts_runs_across_turns_and_ends_with_what_it_collected()
    {
        Assert.Equal("Your name?", Assert.Single((await SayAsync("plan a trip")).Replies).Text);
        var city = Assert.Single((await SayAsync("Ilse")).Replies);
        Assert.Equal(["Geneva", "Maputo", "Oslo"], city.SuggestedActions!.Actions!.Select(a => a.Title));
        await SayAsync("2");
        await SayAsync("16 June 2027");
        var (result, _) = await SayAsync("yes");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("""{"name":"Ilse","city":"Maputo","day":"2027-06-16"}""", result.Result!.ToJsonString());
    }

    [Theory]
    [InlineData("Geneva", "Geneva")]
    [InlineData("oslo", "Oslo")]
    [InlineData("map", "Maputo")]
    [InlineData("3", "Oslo")]
    [InlineData("Vienna", null)]
    [InlineData("o", null)]
    public void A_choice_is_found_by_name_part_or_number_and_not_guessed(string answer, string? expected) =>
        Assert.Equal(expected, ChoicePrompt.Find(["Geneva", "Maputo", "Oslo"], answer));

    [Fact]
    public async Task An_answer_a_prompt_cannot_use_is_asked_again_with_the_problem()
    {
        await SayAsync("plan a trip");
        await SayAsync("Ilse");

        var retry = Assert.Single((await SayAsync("Vienna")).Replies);

        Assert.StartsWith("Please pick one of: Geneva; Maputo; Oslo.", retry.Text);
        await SayAsync("Oslo");
        var dateRetry = Assert.Single((await SayAsync("next-ish")).Replies);
        Assert.StartsWith("Please give a date such as 16 June 2027.", dateRetry.Text);
    }

    [Fact]
    public async Task A_card_form_re_sends_its_card_with_the_errors_and_the_entries()
    {
        var sent = new List<JsonObject>();
        var prompt = new CardFormPrompt("form", form =>
        {
            sent.Add(form);
            return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = BotJson.ToElement(form) };
        }, (submitted, form, ct) => Task.FromResult(submitted["age"]?.GetValue<string>() == "42"
            ? FormCheck.Valid(submitted["age"]!.DeepClone())
            : new FormCheck(new Dictionary<string, string> { ["age"] = "Try 42." }, null)));
        var state = new ConversationState(new SqliteStorage(Path.Combine(_folder, "form.db")));
        var runner = new DialogRunner(new DialogSet().Add(prompt), state);
        async Task<DialogTurnResult> Turn(object? value)
        {
            var turn = Turns.Message($"f{++_turn}", text: "");
            turn.Activity.Value = value is null ? null : JsonSerializer.SerializeToElement(value);
            var result = await runner.ContinueOrBeginAsync(turn, "form", new PromptOptions { Form = new JsonObject { ["values"] = new JsonObject { ["age"] = "" } } }.ToJson(), CancellationToken.None);
            await state.SaveChangesAsync(turn, CancellationToken.None);
            return result;
        }

        await Turn(null);
        await Turn(new { age = "41", name = "Ilse" });
        var done = await Turn(new { age = "42" });

        Assert.Equal("Try 42.", sent[1]["errors"]!["age"]!.GetValue<string>());
        Assert.Equal("41", sent[1]["values"]!["age"]!.GetValue<string>());
        Assert.Equal(DialogTurnStatus.Complete, done.Status);
        Assert.Equal("42", done.Result!.GetValue<string>());
    }
}
