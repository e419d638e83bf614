using System.Text.Json;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Tests.Builder;

public class ActivityHandlerTests
{
    private sealed class CardActionBot : ActivityHandler
    {
        protected override Task<InvokeResponse?> OnAdaptiveCardActionAsync(ITurnContext turn, JsonElement? value, CancellationToken cancellationToken) =>
            Task.FromResult<InvokeResponse?>(new InvokeResponse { Status = 200, Body = new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "saved" } });
    }

    private static TurnContext Invoke(string name)
    {
        var turn = Turns.Message("i-1");
        turn.Activity.Type = ActivityTypes.Invoke;
        turn.Activity.Name = name;
        turn.Activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "save" } });
        return turn;
    }

    [Fact]
    public async Task A_handled_adaptive_card_action_leaves_its_invoke_response_for_the_HTTP_answer()
    {
        var turn = Invoke("adaptiveCard/action");

        await new CardActionBot().OnTurnAsync(turn, CancellationToken.None);

        var response = Assert.IsType<Activity>(turn.TurnState[TurnContext.InvokeResponseKey]);
        Assert.Equal(200, response.Value!.Value.GetProperty("status").GetInt32());
        Assert.Equal("saved", response.Value.Value.GetProperty("body").GetProperty("value").GetString());
        Assert.Empty(turn.BufferedReplies);
    }

    [Fact]
    public async Task An_invoke_by_another_name_leaves_no_response_so_the_adapter_answers_501()
    {
        var turn = Invoke("composeExtension/query");

        await new CardActionBot().OnTurnAsync(turn, CancellationToken.None);

        Assert.False(turn.TurnState.ContainsKey(TurnContext.InvokeResponseKey));
    }
}
