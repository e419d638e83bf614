using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Extraction;

/// <summary>Facts written as one short line each, so a test can state a letter's facts as a readable list.</summary>
public static class FactText
{
    public static string Of(Meeting m)
    {
        var when = m.Dates is { } d
            ? $"{d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd} {d.Precision.ToString().ToLowerInvariant()}"
            : "either " + string.Join(" or ", m.Alternatives.Select(a => $"{a.Start:yyyy-MM-dd}..{a.End:yyyy-MM-dd}"));
        var times = m.Times is null ? "" : $" {m.Times}";
        return $"{m.Key} | {m.Name} | {when}{times} | {m.Venue?.ToString() ?? "-"} | {m.Format?.ToString() ?? "-"} | {m.Status}";
    }

    public static string Of(Deadline d) => $"{d.Kind} | {d.What} | {d.Due:yyyy-MM-dd} | {d.How ?? "-"}";

    public static string Of(ActionPlan p) =>
        $"{p.Name}{(p.Abbreviation is null ? "" : $" ({p.Abbreviation})")} | {p.Start?.ToString() ?? "?"}-{p.End?.ToString() ?? "?"}{(p.Draft ? " draft" : "")} | {p.AdoptedAt ?? "-"} {p.AdoptedOn?.ToString() ?? ""}".TrimEnd();

    public static string Of(Contact c) => $"{c.Kind} {c.Value}";

    public static string Of(PromisedDocument d) => $"{d.Title} | {d.Status} | {d.When?.ToString() ?? d.WhenText ?? "-"}";
}
