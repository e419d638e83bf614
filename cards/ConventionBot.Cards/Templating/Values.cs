using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Cards.Templating;

/// <summary>The rules of values in expressions — truth, equality, order, text — as Adaptive Expressions has them.</summary>
internal static class Values
{
    // The arms are cast to object: JsonNode converts implicitly from string, double and bool, and the switch would
    // otherwise turn every value back into a JsonNode.
    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject or JsonArray => (object)node,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => (object)value.GetValue<string>(),
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };

    public static JsonNode? ToNode(object? value) => value switch
    {
        null or Undefined => null,
        bool flag => JsonValue.Create(flag),
        double number when number == Math.Floor(number) && Math.Abs(number) < 9e15 => JsonValue.Create((long)number),
        double number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        JsonNode node => node.DeepClone(),
        _ => throw new TemplateException($"a value of type {value.GetType().Name} cannot go into a card"),
    };

    public static object? Member(object? target, string property) =>
        target is JsonObject obj && obj.TryGetPropertyValue(property, out var node) ? FromNode(node) : Undefined.Value;

    public static object? Item(object? target, double position) =>
        target is JsonArray array && position >= 0 && position < array.Count && position == Math.Floor(position)
            ? FromNode(array[(int)position])
            : Undefined.Value;

    /// <summary>Only false, null and a missing value are false; 0 and "" are true, as in Adaptive Expressions.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        bool flag => flag,
        null or Undefined => false,
        _ => true,
    };

    public static bool IsMissing(object? value) => value is null or Undefined;

    public static double ToNumber(object? value) => value switch
    {
        double number => number,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new TemplateException($"'{ToText(value)}' is not a number"),
    };

    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null or Undefined, null or Undefined) => true,
        (null or Undefined, _) or (_, null or Undefined) => false,
        (double a, double b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (bool a, bool b) => a == b,
        (JsonNode a, JsonNode b) => JsonNode.DeepEquals(a, b),
        _ => false,
    };

    public static int Compare(object? left, object? right) => (left, right) switch
    {
        (double a, double b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => throw new TemplateException($"cannot compare '{ToText(left)}' with '{ToText(right)}'"),
    };

    /// <summary>A value written into text the way JavaScript writes it (the official engine runs in JavaScript).</summary>
    public static string ToText(object? value) => value switch
    {
        null or Undefined => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        JsonNode node => node.ToJsonString(),
        _ => value.ToString() ?? "",
    };
}
