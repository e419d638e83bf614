using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Builder;

/// <summary>Saves, after the turn, the conversation and user state the turn changed, as the SDK's middleware does.</summary>
public sealed class AutoSaveStateMiddleware(ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        await conversationState.SaveChangesAsync(turn, cancellationToken);
        await userState.SaveChangesAsync(turn, cancellationToken);
    }
}
