using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Dispatches a turn by activity type, as the SDK's ActivityHandler: override what the bot handles. Unknown
/// activity types are ignored politely; an invoke nobody handles is answered 501 by the adapter.
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageActivityAsync(turn, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turn, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turn, cancellationToken),
        ActivityTypes.Invoke => OnInvokeActivityAsync(turn, cancellationToken),
        ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turn, cancellationToken),
        _ => OnUnrecognizedActivityTypeAsync(turn, cancellationToken),
    };

    protected virtual Task OnMessageActivityAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.MembersAdded is { Count: > 0 } added)
            await OnMembersAddedAsync(added, turn, cancellationToken);
        if (turn.Activity.MembersRemoved is { Count: > 0 } removed)
            await OnMembersRemovedAsync(removed, turn, cancellationToken);
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Action switch
    {
        "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turn, cancellationToken),
        "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turn, cancellationToken),
        _ => Task.CompletedTask,
    };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Invokes by name; what a handler returns becomes the HTTP answer.</summary>
    protected virtual async Task OnInvokeActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var response = turn.Activity.Name switch
        {
            "adaptiveCard/action" => await OnAdaptiveCardActionAsync(turn, turn.Activity.Value, cancellationToken),
            _ => null,
        };
        if (response is not null)
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = BotJson.ToElement(response) }, cancellationToken);
    }

    /// <summary>An Action.Execute from an Adaptive Card; null when not handled (501).</summary>
    protected virtual Task<InvokeResponse?> OnAdaptiveCardActionAsync(ITurnContext turn, JsonElement? value, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
