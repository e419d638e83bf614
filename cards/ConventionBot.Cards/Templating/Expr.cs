namespace ConventionBot.Cards.Templating;

/// <summary>
/// A parsed expression of the Adaptive Expressions language, the subset our templates use. Values are CLR values:
/// null, bool, double, string, <see cref="System.Text.Json.Nodes.JsonArray"/>, <see cref="System.Text.Json.Nodes.JsonObject"/>,
/// or <see cref="Undefined"/>.
/// </summary>
internal abstract record Expr
{
    public abstract object? Evaluate(Scope scope);
}

internal sealed record Literal(object? Value) : Expr
{
    public override object? Evaluate(Scope scope) => Value;
}

/// <summary>A name at the start of a path: <c>title</c>, <c>$root</c>, <c>$index</c>, <c>$data</c>.</summary>
internal sealed record Name(string Identifier) : Expr
{
    public override object? Evaluate(Scope scope) => scope.Lookup(Identifier);
}

/// <summary><c>target.property</c> and <c>target['property']</c>.</summary>
internal sealed record Member(Expr Target, string Property) : Expr
{
    public override object? Evaluate(Scope scope) => Values.Member(Target.Evaluate(scope), Property);
}

/// <summary><c>target[index]</c>, where the index is a number or a property name.</summary>
internal sealed record Index(Expr Target, Expr Key) : Expr
{
    public override object? Evaluate(Scope scope) => Key.Evaluate(scope) switch
    {
        string property => Values.Member(Target.Evaluate(scope), property),
        double position => Values.Item(Target.Evaluate(scope), position),
        _ => Undefined.Value,
    };
}

internal sealed record Unary(string Operator, Expr Operand) : Expr
{
    public override object? Evaluate(Scope scope)
    {
        var value = Operand.Evaluate(scope);
        return Operator switch
        {
            "!" => !Values.IsTrue(value),
            "-" => -Values.ToNumber(value),
            _ => throw new TemplateException($"unknown operator {Operator}"),
        };
    }
}

internal sealed record Binary(string Operator, Expr Left, Expr Right) : Expr
{
    public override object? Evaluate(Scope scope)
    {
        // && and || look at the right side only when they must, like every C-family language.
        if (Operator == "&&")
            return Values.IsTrue(Left.Evaluate(scope)) && Values.IsTrue(Right.Evaluate(scope));
        if (Operator == "||")
            return Values.IsTrue(Left.Evaluate(scope)) || Values.IsTrue(Right.Evaluate(scope));
        var left = Left.Evaluate(scope);
        var right = Right.Evaluate(scope);
        return Operator switch
        {
            "==" => Values.AreEqual(left, right),
            "!=" => !Values.AreEqual(left, right),
            "<" => Values.Compare(left, right) < 0,
            "<=" => Values.Compare(left, right) <= 0,
            ">" => Values.Compare(left, right) > 0,
            ">=" => Values.Compare(left, right) >= 0,
            "+" when left is string || right is string => Values.ToText(left) + Values.ToText(right),
            "+" => Values.ToNumber(left) + Values.ToNumber(right),
            "-" => Values.ToNumber(left) - Values.ToNumber(right),
            "*" => Values.ToNumber(left) * Values.ToNumber(right),
            "/" => Values.ToNumber(left) / Values.ToNumber(right),
            "%" => Values.ToNumber(left) % Values.ToNumber(right),
            _ => throw new TemplateException($"unknown operator {Operator}"),
        };
    }
}

internal sealed record Call(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    public override object? Evaluate(Scope scope) => TemplateFunctions.Invoke(Function, Arguments, scope);
}
