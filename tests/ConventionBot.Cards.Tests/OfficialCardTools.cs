using System.Text.Json.Nodes;
using ConventionBot.Cards;
using ConventionBot.Testing;

namespace ConventionBot.Cards.Tests;

/// <summary>
/// Every shipped template with its sample data, expanded by our engine and handed in one batch to Microsoft's own
/// tools run by node (tests/e2e/cards/check-cards.js): the official templating engine, ajv with the Adaptive Card 1.5
/// schema, and the official renderer in headless Chromium, which saves a PNG per card under artifacts/cards.
/// </summary>
public sealed class OfficialCardTools
{
    public static string Artifacts => Path.Combine(RepositoryPaths.Root, "artifacts", "cards");

    public IReadOnlyDictionary<string, Checked> Results { get; }

    public sealed record Checked(JsonObject Ours, JsonNode? Official, IReadOnlyList<string> SchemaErrors, IReadOnlyList<string> RenderErrors, string Png);

    public OfficialCardTools()
    {
        var ours = CardTemplate.All.ToDictionary(name => name, name => CardTemplate.Named(name).ExpandJson(SampleData(name)));
        var input = new JsonObject
        {
            ["schema"] = Path.Combine(RepositoryPaths.Shared, "schemas", "adaptive-card-1.5.schema.json"),
            ["artifacts"] = Artifacts,
            ["cards"] = new JsonArray(CardTemplate.All.Select(name => (JsonNode)new JsonObject
            {
                ["name"] = name,
                ["template"] = JsonNode.Parse(File.ReadAllText(TemplatePath(name))),
                ["data"] = SampleData(name),
                ["ours"] = ours[name].DeepClone(),
            }).ToArray()),
        };
        var output = JsonNode.Parse(NodeScript.Run(Path.Combine("cards", "check-cards.js"), input.ToJsonString()))!.AsObject();
        Results = ours.ToDictionary(p => p.Key, p =>
        {
            var result = output[p.Key]!;
            return new Checked(p.Value, result["official"]?.DeepClone(),
                result["schemaErrors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList(),
                result["renderErrors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList(),
                result["png"]!.GetValue<string>());
        });
    }

    public static string TemplatePath(string name) => Path.Combine(RepositoryPaths.Root, "cards", "ConventionBot.Cards", "Templates", name + ".json");

    public static JsonNode? SampleData(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "cards", "ConventionBot.Cards", "Templates", name + ".sample.json")));
}
