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

    private async Task ShowTypingAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                await Task.Delay(Period, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the turn ended
        }
        catch (Connector.ConnectorException)
        {
            // a typing indicator that cannot be shown is not worth failing the turn for
        }
    }
}
