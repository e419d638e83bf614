using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Json;

/// <summary>
/// The documented, stable shape of <c>conventionbot facts --json</c>. Field names are a contract: add fields, never
/// rename. Dates are ISO (yyyy-MM-dd); a month- or year-precise date gives its first and last day and a precision.
/// Deadlines, action plans, contacts and documents are written as the model records; a meeting's dates are
/// flattened into start, end and precision.
/// </summary>
public sealed record FactsDocument(IReadOnlyList<FactsDocument.LetterEntry> Letters)
{
    public sealed record LetterEntry(
        string Id, string File, DateOnly? Date, string? Author, string? Role, string? Subject,
        IReadOnlyList<Signatory> Signatories, IReadOnlyList<string> Addressees,
        IReadOnlyList<MeetingEntry> Meetings, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<ActionPlan> ActionPlans,
        IReadOnlyList<Contact> Contacts, IReadOnlyList<PromisedDocument> Documents, IReadOnlyList<string> Warnings);

    public sealed record MeetingEntry(
        string Key, string Name, string? Abbreviation, MeetingKind Kind, IReadOnlyList<string> Aliases,
        DateOnly? Start, DateOnly? End, DatePrecision? Precision, IReadOnlyList<DateSpan> Alternatives,
        string? Times, Venue? Venue, MeetingFormat? Format, MeetingStatus Status, SourceSentence Source);

    public static FactsDocument From(IEnumerable<Letter> letters) => new(letters.Select(Entry).ToList());

    private static LetterEntry Entry(Letter letter)
    {
        var facts = letter.Facts;
        return new LetterEntry(
            letter.Id, letter.File, facts.Date, facts.Author, facts.Role, facts.Subject, facts.Signatories, facts.Addressees,
            facts.Meetings.Select(m => new MeetingEntry(
                m.Key, m.Name, m.Abbreviation, m.Kind, m.Aliases, m.Dates?.Start, m.Dates?.End, m.Dates?.Precision,
                m.Alternatives, m.Times?.ToString(), m.Venue, m.Format, m.Status, m.Source)).ToList(),
            facts.Deadlines, facts.ActionPlans, facts.Contacts, facts.Documents, letter.Warnings);
    }
}
