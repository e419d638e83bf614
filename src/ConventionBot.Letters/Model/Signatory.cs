namespace ConventionBot.Letters.Model;

/// <summary>One who signed the letter: the name, the short role that matters here, and the full title block.</summary>
public sealed record Signatory(string Name, string? Role, string Title);
