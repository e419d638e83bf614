using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>When a message turn is slow, shows "typing…" after <see cref="Delay"/> and every <see cref="Period"/> until it ends.</summary>
public sealed class ShowTypingMiddleware(TimeProvider time) : IMiddleware
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type != ActivityTypes.Message || turn.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingAsync(turn, done.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    /// <summary>Waits without throwing when the turn ends first: that is how nearly every turn ends, and an exception per turn showed in profiles.</summary>
    private async Task ShowTypingAsync(ITurnContext turn, CancellationToken turnEnded)
    {
        try
        {
            await Task.Delay(Delay, time, turnEnded).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (!turnEnded.IsCancellationRequested)
            {
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnEnded);
                await Task.Delay(Period, time, turnEnded).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
            // the turn ended while a typing indicator was being sent
        }
        catch (Connector.ConnectorException)
        {
            // a typing indicator that cannot be shown is not worth failing the turn for
        }
    }
}
