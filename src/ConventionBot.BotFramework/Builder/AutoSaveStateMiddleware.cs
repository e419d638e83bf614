using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Builder;

/// <summary>Loads conversation and user state before the turn and saves what changed after it, as the SDK's middleware does.</summary>
public sealed class AutoSaveStateMiddleware(ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        await conversationState.LoadAsync(turn, cancellationToken);
        await userState.LoadAsync(turn, cancellationToken);
        await next(cancellationToken);
        await conversationState.SaveChangesAsync(turn, cancellationToken);
        await userState.SaveChangesAsync(turn, cancellationToken);
    }
}
