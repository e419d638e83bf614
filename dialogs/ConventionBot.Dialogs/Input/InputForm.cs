using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Dialogs.Prompts;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Dialogs.Input;

/// <summary>A subject input can be sent on: an input deadline of the letters (open, or recently passed), or "Other".</summary>
public sealed record InputSubject(string Title, DateOnly? Due)
{
    public const string Other = "Other";
}

/// <summary>What the input form sends, checked.</summary>
public sealed record InputDetails(string Subject, DateOnly? Due, string Delegation, string Text, IReadOnlyList<string> Links);

/// <summary>The input form: its subjects, its data for the card template, and the check of what it sends back.</summary>
public static class InputForm
{
    /// <summary>Input that comes after a deadline is still taken (marked late) for this long.</summary>
    private const int LateDays = 90;

    private static readonly HashSet<string> Fields = ["subject", "otherSubject", "delegation", "text", "links"];

    public static IReadOnlyList<InputSubject> Subjects(FactIndex index, DateOnly today) => index.DeadlinesByKind[DeadlineKind.Input]
        .Where(d => d.Fact.Due >= today.AddDays(-LateDays))
        .DistinctBy(d => (d.Fact.What, d.Fact.Due))
        .OrderBy(d => d.Fact.Due)
        .Select(d => new InputSubject($"{d.Fact.What} ({(d.Fact.Due < today ? "deadline passed" : "due")} {Wording.Day(d.Fact.Due)})", d.Fact.Due))
        .Append(new InputSubject(InputSubject.Other, null))
        .ToList();

    public static JsonObject Data(IReadOnlyList<InputSubject> subjects, string? chosen, InputDetails? earlier) => new()
    {
        ["fallbackText"] = "Input to the President. Please open this message in Teams to fill in the form, or type cancel.",
        ["subjects"] = JsonSerializer.SerializeToNode(subjects.Select(s => new { title = s.Title, due = s.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })),
        ["values"] = new JsonObject
        {
            ["subject"] = earlier is null ? chosen ?? "" : subjects.Any(s => s.Title == earlier.Subject) ? earlier.Subject : InputSubject.Other,
            ["otherSubject"] = earlier is not null && subjects.All(s => s.Title != earlier.Subject) ? earlier.Subject : "",
            ["delegation"] = earlier?.Delegation ?? "",
            ["text"] = earlier?.Text ?? "",
            ["links"] = earlier is null ? "" : string.Join("\n", earlier.Links),
        },
    };

    public static Task<FormCheck> CheckAsync(JsonObject submitted, JsonObject form, CancellationToken cancellationToken)
    {
        var fields = new FormFields(submitted, Fields);
        fields.RejectUnknownFields();
        var subjects = form["subjects"]!.AsArray().Select(s => (Title: s!["title"]!.GetValue<string>(), Due: s["due"]?.GetValue<string>())).ToList();
        var subject = fields.OneOf("subject", subjects.Select(s => s.Title).ToList(), "Choose a subject.");
        var other = fields.Text("otherSubject", 200, required: subject == InputSubject.Other, "Say what your input is about, please.");
        var delegation = fields.Text("delegation", 200, required: true, "On whose behalf, please.");
        var text = fields.Text("text", 20_000, required: true, "Your input, please.");
        var links = fields.Links("links", 10);
        if (fields.Errors.Count > 0)
            return Task.FromResult(new FormCheck(fields.Errors, null));
        var due = subjects.First(s => s.Title == subject).Due is { } iso ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var details = new InputDetails(subject == InputSubject.Other ? other! : subject!, due, delegation!, text!, links);
        return Task.FromResult(FormCheck.Valid(JsonSerializer.SerializeToNode(details, Json)));
    }

    public static InputDetails? Read(JsonNode? node) => node?.Deserialize<InputDetails>(Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
