using System.Text.Json.Serialization;

namespace ConventionBot.Letters.Model;

/// <summary>Everything extracted from one letter.</summary>
public sealed record LetterFacts(
    DateOnly? Date,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<string> Addressees,
    string? Subject,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<ActionPlan> ActionPlans,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<PromisedDocument> Documents)
{
    [JsonIgnore]
    public string? Author => Signatories.Count > 0 ? Signatories[0].Name : null;

    [JsonIgnore]
    public string? Role => Signatories.Count > 0 ? Signatories[0].Role : null;
}
