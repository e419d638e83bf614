using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace ConventionBot.Cards.Templating;

/// <summary>
/// Expands a template of the Adaptive Cards Templating language against data: <c>${expression}</c> in strings,
/// <c>$data</c> to change the data of an element (an array repeats the element once per item, with <c>$index</c>),
/// <c>$when</c> to drop an element, and <c>$root</c>. A string that is a single expression takes the expression's
/// value and type; a path naming nothing is left as written, as the official engine does.
/// </summary>
internal static class TemplateExpander
{
    // Both keyed by the template's own strings, never by data: as many entries as the shipped templates hold.
    private static readonly ConcurrentDictionary<string, Expr> Parsed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Part[]> SplitTexts = new(StringComparer.Ordinal);

    public static JsonNode? Expand(JsonNode template, JsonNode? data) => ExpandOne(template, Scope.ForRoot(data));

    private static JsonNode? ExpandOne(JsonNode? node, Scope scope) => ExpandMany(node, scope).FirstOrDefault();

    private static IEnumerable<JsonNode?> ExpandMany(JsonNode? node, Scope scope)
    {
        switch (node)
        {
            case JsonObject obj:
                return ExpandObject(obj, scope);
            case JsonArray array:
                return [new JsonArray(array.SelectMany(item => ExpandMany(item, scope)).ToArray())];
            case JsonValue value when value.TryGetValue<string>(out var text):
                return [Values.ToNode(Evaluate(text, scope))];
            default:
                return [node?.DeepClone()];
        }
    }

    private static IEnumerable<JsonNode?> ExpandObject(JsonObject obj, Scope scope)
    {
        if (!obj.TryGetPropertyValue("$data", out var dataNode))
            return ExpandObjectOnce(obj, scope);
        var data = Values.FromNode(ExpandOne(dataNode, scope));
        if (data is JsonArray items)
            return items.SelectMany((item, i) => ExpandObjectOnce(obj, scope.With(Values.FromNode(item), i))).ToList();
        return ExpandObjectOnce(obj, scope.With(data));
    }

    private static IEnumerable<JsonNode?> ExpandObjectOnce(JsonObject obj, Scope scope)
    {
        if (obj.TryGetPropertyValue("$when", out var when) && !Values.IsTrue(Values.FromNode(ExpandOne(when, scope))))
            return [];
        var expanded = new JsonObject();
        foreach (var (name, value) in obj)
            if (name is not ("$data" or "$when"))
                expanded[name] = ExpandOne(value, scope);
        return [expanded];
    }

    /// <summary>A string with <c>${…}</c> in it: its value, or the text with each expression's value written in.</summary>
    private static object? Evaluate(string text, Scope scope)
    {
        var parts = SplitTexts.GetOrAdd(text, Split);
        if (parts is [{ IsExpression: true } only])
        {
            var value = ExpressionOf(only.Text).Evaluate(scope);
            return value is Undefined ? text : value;
        }
        if (!Array.Exists(parts, p => p.IsExpression))
            return text;
        var result = new StringBuilder();
        foreach (var part in parts)
        {
            var value = part.IsExpression ? ExpressionOf(part.Text).Evaluate(scope) : part.Text;
            result.Append(value is Undefined ? "${" + part.Text + "}" : Values.ToText(value));
        }
        return result.ToString();
    }

    private static Expr ExpressionOf(string text) => Parsed.GetOrAdd(text, ExpressionParser.Parse);

    private readonly record struct Part(string Text, bool IsExpression);

    /// <summary>Cuts a string into literal text and the insides of <c>${…}</c>, minding braces and quotes inside.</summary>
    private static Part[] Split(string text)
    {
        var parts = new List<Part>();
        var literalStart = 0;
        var at = text.IndexOf("${", StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = ClosingBrace(text, at + 2);
            if (end < 0)
                break;
            if (at > literalStart)
                parts.Add(new Part(text[literalStart..at], false));
            parts.Add(new Part(text[(at + 2)..end], true));
            literalStart = end + 1;
            at = text.IndexOf("${", literalStart, StringComparison.Ordinal);
        }
        if (literalStart < text.Length)
            parts.Add(new Part(text[literalStart..], false));
        return [.. parts];
    }

    private static int ClosingBrace(string text, int from)
    {
        var depth = 0;
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                    i++;
                else if (c == quote)
                    quote = null;
            }
            else if (c is '\'' or '"')
                quote = c;
            else if (c == '{')
                depth++;
            else if (c == '}' && depth-- == 0)
                return i;
        }
        return -1;
    }
}
