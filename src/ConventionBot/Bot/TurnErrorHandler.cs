using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.State;

namespace ConventionBot.Bot;

/// <summary>A failed turn: the user is told, the conversation's state (which may be what broke) is reset.</summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again; if it keeps happening, tell the Implementation Support Unit.";

    public async Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        try
        {
            await conversationState.DeleteAsync(turn, cancellationToken);
            if (turn.Activity.Type is "message" or "invoke")
                await turn.SendActivityAsync(Apology, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not recover from the failed turn {ActivityId}", turn.Activity.Id);
        }
    }
}
