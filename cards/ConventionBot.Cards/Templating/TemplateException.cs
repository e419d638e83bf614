namespace ConventionBot.Cards.Templating;

/// <summary>A template that cannot be read or expanded: a syntax error in an expression, or an unknown function.</summary>
public sealed class TemplateException(string message) : Exception(message);
