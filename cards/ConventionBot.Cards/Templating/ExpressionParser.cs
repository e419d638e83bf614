using System.Globalization;

namespace ConventionBot.Cards.Templating;

/// <summary>
/// Reads the text inside <c>${…}</c> into an <see cref="Expr"/>: literals ('text', numbers, true, false, null), paths
/// (<c>a.b</c>, <c>a[0]</c>, <c>$root.x</c>), function calls, and the operators ! - * / % + &lt; &lt;= &gt; &gt;= == != &amp;&amp; ||
/// with the usual precedence.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[][] BinaryLevels = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]];
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ".", ","];

    private readonly string _text;
    private int _at;

    private ExpressionParser(string text) => _text = text;

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.ParseLevel(0);
        parser.SkipSpace();
        if (parser._at < text.Length)
            throw parser.Error("unexpected text");
        return expr;
    }

    private Expr ParseLevel(int level)
    {
        if (level == BinaryLevels.Length)
            return ParseUnary();
        var left = ParseLevel(level + 1);
        while (TakeAny(BinaryLevels[level]) is { } op)
            left = new Binary(op, left, ParseLevel(level + 1));
        return left;
    }

    private Expr ParseUnary() => TakeAny(["!", "-"]) is { } op ? new Unary(op, ParseUnary()) : ParsePostfix(ParsePrimary());

    private Expr ParsePostfix(Expr target)
    {
        while (true)
        {
            if (TakeAny(["."]) is not null)
                target = new Member(target, ReadIdentifier() ?? throw Error("a property name must follow '.'"));
            else if (TakeAny(["["]) is not null)
            {
                target = new Index(target, ParseLevel(0));
                Require("]");
            }
            else
                return target;
        }
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        if (_at >= _text.Length)
            throw Error("the expression ends too soon");
        var c = _text[_at];
        if (TakeAny(["("]) is not null)
        {
            var inner = ParseLevel(0);
            Require(")");
            return inner;
        }
        if (c is '\'' or '"')
            return new Literal(ReadString(c));
        if (char.IsDigit(c))
            return new Literal(ReadNumber());
        var name = ReadIdentifier() ?? throw Error($"unexpected '{c}'");
        switch (name)
        {
            case "true": return new Literal(true);
            case "false": return new Literal(false);
            case "null": return new Literal(null);
        }
        if (TakeAny(["("]) is null)
            return new Name(name);
        var arguments = new List<Expr>();
        if (TakeAny([")"]) is not null)
            return new Call(name, arguments);
        do
            arguments.Add(ParseLevel(0));
        while (TakeAny([","]) is not null);
        Require(")");
        return new Call(name, arguments);
    }

    private string ReadString(char quote)
    {
        var start = ++_at;
        var text = new System.Text.StringBuilder();
        while (_at < _text.Length && _text[_at] != quote)
        {
            if (_text[_at] == '\\' && _at + 1 < _text.Length)
                _at++;
            text.Append(_text[_at++]);
        }
        if (_at >= _text.Length)
            throw Error($"the text starting at {start} is not closed");
        _at++;
        return text.ToString();
    }

    private double ReadNumber()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
            _at++;
        return double.Parse(_text[start.._at], CultureInfo.InvariantCulture);
    }

    private string? ReadIdentifier()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '_' or '$' || (_at == start && _text[_at] == '@')))
            _at++;
        return _at > start ? _text[start.._at] : null;
    }

    private string? TakeAny(IEnumerable<string> candidates)
    {
        SkipSpace();
        foreach (var candidate in candidates)
        {
            if (!_text.AsSpan(_at).StartsWith(candidate, StringComparison.Ordinal))
                continue;
            // "<" must not take the first half of "<=", nor "!" of "!=".
            var longer = Symbols.FirstOrDefault(s => s.Length > candidate.Length && s.StartsWith(candidate, StringComparison.Ordinal) && _text.AsSpan(_at).StartsWith(s, StringComparison.Ordinal));
            if (longer is not null)
                continue;
            _at += candidate.Length;
            return candidate;
        }
        return null;
    }

    private void Require(string symbol)
    {
        if (TakeAny([symbol]) is null)
            throw Error($"'{symbol}' expected");
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
            _at++;
    }

    private TemplateException Error(string what) => new($"{what} at position {_at} of '{_text}'");
}
