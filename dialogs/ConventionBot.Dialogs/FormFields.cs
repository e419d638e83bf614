using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Dialogs;

/// <summary>
/// Reads a submitted form defensively: only the fields the form has, only strings, within their lengths. Every
/// problem is kept under its field's id (or "form" for the form as a whole), to be shown on the card again.
/// </summary>
internal sealed class FormFields(JsonObject submitted, IReadOnlySet<string> known)
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The fields a card sends besides its inputs (the submit button's data).</summary>
    private static readonly HashSet<string> ButtonData = ["form", "msteams"];

    public void RejectUnknownFields()
    {
        var unknown = submitted.Select(p => p.Key).Where(k => !known.Contains(k) && !ButtonData.Contains(k)).ToList();
        if (unknown.Count > 0)
            Errors["form"] = $"The form sent fields it does not have ({string.Join(", ", unknown.Take(5))}); please use the form as it is.";
    }

    /// <summary>The field's text, trimmed; null when absent or empty. A required field or a too long one is an error.</summary>
    public string? Text(string field, int maxLength, bool required, string missing)
    {
        if (!submitted.TryGetPropertyValue(field, out var node) || node is null)
        {
            if (required)
                Errors[field] = missing;
            return null;
        }
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            Errors[field] = "This field must be text.";
            return null;
        }
        var text = value.GetValue<string>().Trim();
        if (text.Length > maxLength)
        {
            Errors[field] = $"At most {maxLength} characters, please (this is {text.Length}).";
            return null;
        }
        if (text.Length == 0 && required)
            Errors[field] = missing;
        return text.Length == 0 ? null : text;
    }

    /// <summary>One of <paramref name="allowed"/>, exactly as offered.</summary>
    public string? OneOf(string field, IReadOnlyList<string> allowed, string missing)
    {
        var text = Text(field, 500, required: true, missing);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            Errors[field] = $"Choose one of: {string.Join(", ", allowed)}.";
            return null;
        }
        return text;
    }

    public string? Email(string field)
    {
        var text = Text(field, 254, required: true, "An e-mail address, please.");
        if (text is null)
            return null;
        var at = text.IndexOf('@');
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || at < 1 || !text[(at + 1)..].Contains('.'))
        {
            Errors[field] = "That is not an e-mail address.";
            return null;
        }
        return text;
    }

    public string? Phone(string field)
    {
        var text = Text(field, 40, required: false, "");
        if (text is not null && (!text.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.') || text.Count(char.IsDigit) < 6))
        {
            Errors[field] = "A phone number has digits, spaces and + ( ) - only.";
            return null;
        }
        return text;
    }

    /// <summary>http(s) links, one per line.</summary>
    public IReadOnlyList<string> Links(string field, int max)
    {
        var text = Text(field, 4000, required: false, "");
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bad = lines.Where(l => !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")).ToList();
        if (bad.Count > 0)
            Errors[field] = $"Not a web link: {bad[0]}";
        else if (lines.Length > max)
            Errors[field] = $"At most {max} links, please.";
        return Errors.ContainsKey(field) ? [] : lines;
    }
}
