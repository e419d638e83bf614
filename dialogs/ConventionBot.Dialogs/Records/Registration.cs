namespace ConventionBot.Dialogs.Records;

public static class ParticipantCategories
{
    public static readonly IReadOnlyList<string> All = ["State Party", "State not party", "International organisation", "NGO", "Other"];
}

/// <summary>A delegate's registration for a meeting, as confirmed on the review card.</summary>
public sealed record Registration(
    string Reference,
    string MeetingKey,
    string MeetingName,
    string Name,
    string? Title,
    string Delegation,
    string Category,
    string Email,
    string? Phone,
    string Attendance,
    string Language,
    string? Accessibility,
    bool SponsorshipRequested,
    string UserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null);
