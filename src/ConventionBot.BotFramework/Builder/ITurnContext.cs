using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>One turn: the incoming activity, a way to answer it, and a bag for what middleware and the bot share.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Per-turn values: loaded state, the invoke response, anything middleware passes along.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>True once anything was sent this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn; calls <c>next</c> to go on, or not to stop the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken);
}

public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>What to do when a turn throws: log, tell the user, reset the broken conversation state.</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken);
}
