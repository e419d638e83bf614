using System.Text.Json.Nodes;

namespace ConventionBot.BotFramework.Dialogs;

/// <summary>One dialog on the stack: which dialog, and its own state (a waterfall's step and values, a prompt's options).</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}

/// <summary>The dialog stack, top first, as kept in conversation state between turns (and across restarts).</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
