using System.Text.Json.Nodes;

namespace ConventionBot.Cards.Templating;

/// <summary>
/// The prebuilt functions our templates use, with the meaning Adaptive Expressions gives them. A template calling any
/// other function fails at expansion with a clear error rather than rendering something the official engine would not.
/// </summary>
internal static class TemplateFunctions
{
    public static object? Invoke(string function, IReadOnlyList<Expr> arguments, Scope scope)
    {
        // if() evaluates only the branch it returns.
        if (function == "if")
        {
            Expect(function, arguments, 3);
            return Values.IsTrue(arguments[0].Evaluate(scope)) ? arguments[1].Evaluate(scope) : arguments[2].Evaluate(scope);
        }
        var values = arguments.Select(a => a.Evaluate(scope)).ToList();
        return function switch
        {
            "not" => One(function, values, v => !Values.IsTrue(v)),
            "and" => values.All(Values.IsTrue),
            "or" => values.Any(Values.IsTrue),
            "equals" => Two(function, values, (a, b) => Values.AreEqual(a, b)),
            "exists" => One(function, values, v => !Values.IsMissing(v)),
            "empty" => One(function, values, v => IsEmpty(v)),
            "count" => One(function, values, Count),
            "length" => One(function, values, v => (double)Values.ToText(v).Length),
            "concat" => string.Concat(values.Select(Values.ToText)),
            "toUpper" => One(function, values, v => Values.ToText(v).ToUpperInvariant()),
            "toLower" => One(function, values, v => Values.ToText(v).ToLowerInvariant()),
            "string" => One(function, values, Values.ToText),
            "join" => Join(values),
            _ => throw new TemplateException($"the function {function}() is not supported by this engine"),
        };
    }

    private static object? One(string function, List<object?> values, Func<object?, object?> apply)
    {
        Expect(function, values, 1);
        return apply(values[0]);
    }

    private static object? Two(string function, List<object?> values, Func<object?, object?, object?> apply)
    {
        Expect(function, values, 2);
        return apply(values[0], values[1]);
    }

    private static void Expect<T>(string function, IReadOnlyList<T> arguments, int count)
    {
        if (arguments.Count != count)
            throw new TemplateException($"{function}() takes {count} argument(s), not {arguments.Count}");
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null or Undefined => true,
        string text => text.Length == 0,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => false,
    };

    private static object Count(object? value) => value switch
    {
        JsonArray array => (double)array.Count,
        string text => (double)text.Length,
        _ => throw new TemplateException("count() needs an array or a string"),
    };

    /// <summary>join(array, separator) or join(array, separator, lastSeparator).</summary>
    private static object Join(List<object?> values)
    {
        if (values.Count is < 2 or > 3 || values[0] is not JsonArray array)
            throw new TemplateException("join() takes an array, a separator and optionally a last separator");
        var items = array.Select(n => Values.ToText(Values.FromNode(n))).ToList();
        var separator = Values.ToText(values[1]);
        if (values.Count == 2 || items.Count < 2)
            return string.Join(separator, items);
        return string.Join(separator, items.Take(items.Count - 1)) + Values.ToText(values[2]) + items[^1];
    }
}
