using System.Text.Json.Nodes;

namespace ConventionBot.Cards.Templating;

/// <summary>
/// What names mean at one place in a template: <c>$data</c> (the current data, whose properties are plain names),
/// <c>$root</c> (the data the whole card was expanded with) and <c>$index</c> (the position in a repeated array).
/// </summary>
internal sealed record Scope(object? Data, object? Root, int? Position)
{
    public static Scope ForRoot(JsonNode? data)
    {
        var root = Values.FromNode(data);
        return new Scope(root, root, null);
    }

    public Scope With(object? data, int? position = null) => new(data, Root, position ?? Position);

    public object? Lookup(string name) => name switch
    {
        "$root" => Root,
        "$data" => Data,
        "$index" => Position is { } i ? (double)i : Undefined.Value,
        _ => Values.Member(Data, name),
    };
}
