using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.Dialogs.Records;

namespace ConventionBot.Dialogs.Registration;

/// <summary>The participant details of a registration, as the form card sends them, checked.</summary>
public sealed record ParticipantDetails(
    string Name, string? Title, string Delegation, string Category, string Email, string? Phone,
    string Attendance, string Language, string? Accessibility, bool Sponsorship);

/// <summary>The registration form: its data for the card template, and the check of what it sends back.</summary>
public static class RegistrationForm
{
    private static readonly HashSet<string> Fields = ["name", "title", "delegation", "category", "email", "phone", "attendance", "language", "accessibility", "sponsorship"];

    public static JsonObject Data(OpenMeeting meeting, ParticipantDetails? earlier) => new()
    {
        ["fallbackText"] = $"Registration form for the {meeting.Meeting.Name}. Please open this message in Teams to fill it in, or type cancel.",
        ["meeting"] = new JsonObject
        {
            ["key"] = meeting.Meeting.Key,
            ["name"] = meeting.Meeting.Name,
            ["when"] = meeting.Registration is { } deadline ? $"{meeting.When} — registration closes on {deadline.Due:d MMMM yyyy}" : meeting.When,
        },
        ["categories"] = new JsonArray(ParticipantCategories.All.Select(c => (JsonNode?)c).ToArray()),
        ["attendanceOptions"] = new JsonArray(meeting.Attendance.Select(a => (JsonNode?)a).ToArray()),
        ["languages"] = new JsonArray(RegistrationOffer.Languages.Select(l => (JsonNode?)l).ToArray()),
        ["sponsorship"] = meeting.Sponsorship,
        ["values"] = Values(earlier, meeting),
    };

    public static Task<FormCheck> CheckAsync(JsonObject submitted, JsonObject form, CancellationToken cancellationToken)
    {
        var fields = new FormFields(submitted, Fields);
        fields.RejectUnknownFields();
        var attendance = form["attendanceOptions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        var sponsorshipOffered = form["sponsorship"]?.GetValue<bool>() == true;
        var details = new ParticipantDetails(
            fields.Text("name", 200, required: true, "Your name, please.") ?? "",
            fields.Text("title", 200, required: false, ""),
            fields.Text("delegation", 200, required: true, "Your delegation or organisation, please.") ?? "",
            fields.OneOf("category", ParticipantCategories.All, "Choose a category.") ?? "",
            fields.Email("email") ?? "",
            fields.Phone("phone"),
            fields.OneOf("attendance", attendance, "Choose how you will attend.") ?? "",
            fields.OneOf("language", RegistrationOffer.Languages, "Choose a language.") ?? "",
            fields.Text("accessibility", 1000, required: false, ""),
            fields.Text("sponsorship", 5, required: false, "") == "true");
        if (details.Sponsorship && !sponsorshipOffered)
            fields.Errors["sponsorship"] = "The letters mention no sponsorship programme for this meeting.";
        var value = fields.Errors.Count == 0 ? JsonSerializer.SerializeToNode(details, Json) : null;
        return Task.FromResult(new FormCheck(fields.Errors, value));
    }

    public static ParticipantDetails? Read(JsonNode? node) => node?.Deserialize<ParticipantDetails>(Json);

    public static JsonNode ToJson(ParticipantDetails details) => JsonSerializer.SerializeToNode(details, Json)!;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every field the template reads, filled from an earlier entry when the delegate edits.</summary>
    private static JsonObject Values(ParticipantDetails? d, OpenMeeting meeting) => new()
    {
        ["name"] = d?.Name ?? "",
        ["title"] = d?.Title ?? "",
        ["delegation"] = d?.Delegation ?? "",
        ["category"] = d?.Category ?? "",
        ["email"] = d?.Email ?? "",
        ["phone"] = d?.Phone ?? "",
        ["attendance"] = d?.Attendance ?? (meeting.Attendance.Count == 1 ? meeting.Attendance[0] : ""),
        ["language"] = d?.Language ?? "",
        ["accessibility"] = d?.Accessibility ?? "",
        ["sponsorship"] = d?.Sponsorship == true ? "true" : "false",
    };
}
