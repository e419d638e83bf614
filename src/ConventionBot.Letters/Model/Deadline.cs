namespace ConventionBot.Letters.Model;

public enum DeadlineKind { Registration, Input, Views, Sponsorship, Other }

/// <summary>
/// Something a letter asks for by a date: registration, input to the President, views on proposed dates.
/// <see cref="Meetings"/> names the meetings it concerns (the first is the main one); <see cref="How"/>
/// is the link or e-mail address to use, when the letter gives one.
/// </summary>
public sealed record Deadline(
    DeadlineKind Kind,
    string What,
    DateOnly Due,
    IReadOnlyList<string> Meetings,
    string? How,
    SourceSentence Source)
{
    /// <summary>The main meeting concerned; written to JSON as "meeting" for readers that want one.</summary>
    public string? Meeting => Meetings.Count > 0 ? Meetings[0] : null;
}
