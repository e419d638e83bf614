namespace ConventionBot.Dialogs.Records;

public enum SaveStatus
{
    /// <summary>Stored now.</summary>
    Created,

    /// <summary>This very submission was stored before (the same confirm delivered twice, or retried after a crash).</summary>
    AlreadyStored,

    /// <summary>A registration for the same e-mail and meeting exists; nothing was stored.</summary>
    EmailTaken,

    /// <summary>The existing registration was updated with the new details.</summary>
    Updated,
}

public sealed record SaveOutcome<T>(SaveStatus Status, T Record);
