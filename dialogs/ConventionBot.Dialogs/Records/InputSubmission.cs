namespace ConventionBot.Dialogs.Records;

/// <summary>
/// Input sent to the President: on what (an open input deadline of the letters, or another subject), for which
/// delegation, the text and links to files. <see cref="Late"/> is true when it arrived after the deadline.
/// </summary>
public sealed record InputSubmission(
    string Reference,
    string Subject,
    DateOnly? Due,
    string Delegation,
    string Text,
    IReadOnlyList<string> Links,
    bool Late,
    string UserId,
    string? UserName,
    DateTimeOffset CreatedAt);
