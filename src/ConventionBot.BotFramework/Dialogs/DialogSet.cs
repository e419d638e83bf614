using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.State;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>The dialogs a bot or a component can begin, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new ArgumentException($"a dialog with the id '{dialog.Id}' is already in the set", nameof(dialog));
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>A context over the dialog stack kept in <paramref name="state"/> under <paramref name="property"/>.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turn, BotState state, string property, CancellationToken cancellationToken)
    {
        var stack = await state.GetAsync<DialogState>(turn, property, cancellationToken) ?? new DialogState();
        return new DialogContext(this, turn, stack, parent: null);
    }
}
