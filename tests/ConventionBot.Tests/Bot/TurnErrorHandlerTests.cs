using ConventionBot.Bot;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Tests.Bot;

public sealed class TurnErrorHandlerTests : IDisposable
{
    /// <summary>Remembers something in the conversation, then breaks.</summary>
    private sealed class BreakingBot(ConversationState state) : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (turn.Activity.Text == "remember")
                await state.SetAsync(turn, "step", 3, cancellationToken);
            else
                throw new InvalidOperationException("a bug");
        }
    }

    private readonly BotHost _host = new(services: services => services.Replace(ServiceDescriptor.Singleton<IBot, BreakingBot>()));

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_turn_that_throws_apologises_and_resets_the_conversation_state()
    {
        await _host.AskAsync(TeamsActivities.Message("remember"));
        var storage = _host.Services.GetRequiredService<IStorage>();
        Assert.Single(await storage.ReadAsync(["msteams/conversations/a:personal-1"], CancellationToken.None));

        var replies = await _host.AskAsync(TeamsActivities.Message("break"));

        Assert.Equal(TurnErrorHandler.Apology, Assert.Single(replies).Text);
        Assert.Empty(await storage.ReadAsync(["msteams/conversations/a:personal-1"], CancellationToken.None));
    }
}
