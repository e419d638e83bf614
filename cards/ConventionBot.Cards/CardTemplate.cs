using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Cards.Templating;

namespace ConventionBot.Cards;

/// <summary>
/// One Adaptive Card template from <c>cards/ConventionBot.Cards/Templates</c>, expanded against data with the Adaptive
/// Cards Templating language. Data objects are written with camelCase names, as the templates read them.
/// </summary>
public sealed class CardTemplate
{
    /// <summary>Teams refuses messages above about 28 KB; a card must leave room for the rest of the activity.</summary>
    public const int MaxCardBytes = 28 * 1024;

    private static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, CardTemplate> Loaded = new(StringComparer.Ordinal);

    private readonly JsonNode _template;

    public string Name { get; }

    private CardTemplate(string name, JsonNode template)
    {
        Name = name;
        _template = template;
    }

    /// <summary>The template shipped under that name (the file name without ".json").</summary>
    public static CardTemplate Named(string name) => Loaded.GetOrAdd(name, Load);

    /// <summary>The names of every shipped template.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(CardTemplate).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Select(n => n[..^".json".Length]).Order(StringComparer.Ordinal).ToList();

    public static CardTemplate Parse(string name, string json) =>
        new(name, JsonNode.Parse(json) ?? throw new TemplateException($"the template {name} is empty"));

    public JsonObject Expand(object? data) => ExpandJson(data as JsonNode ?? JsonSerializer.SerializeToNode(data, DataJson));

    public JsonObject ExpandJson(JsonNode? data) =>
        TemplateExpander.Expand(_template, data) as JsonObject ?? throw new TemplateException($"the template {Name} did not expand to a card");

    private static CardTemplate Load(string name)
    {
        using var stream = typeof(CardTemplate).Assembly.GetManifestResourceStream(name + ".json")
                           ?? throw new TemplateException($"no card template is named {name}");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }
}
