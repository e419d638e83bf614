using System.Text.Json.Nodes;

namespace ConventionBot.BotFramework.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog is active.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog ended this turn, with <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The dialog was cancelled this turn.</summary>
    Cancelled,
}

/// <summary>What a dialog operation did this turn. Results are JSON, as they outlive the process in conversation state.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);
}

/// <summary>Why a parent dialog is resumed.</summary>
public enum DialogReason { BeginCalled, ContinueCalled, EndCalled, ReplaceCalled, CancelCalled, NextCalled }
