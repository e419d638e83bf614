using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConventionBot.BotFramework.Schema;

/// <summary>Removes the bot's own <c>&lt;at&gt;Name&lt;/at&gt;</c> mention from a message, as channels put it there in groups.</summary>
public static partial class Mentions
{
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    public static string? RemoveRecipientMention(Activity activity)
    {
        if (activity.Text is null || activity.Recipient?.Id is not { } botId)
            return activity.Text;
        var text = activity.Text;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type != "mention" || entity.Properties is null)
                continue;
            var mentioned = entity.Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id)
                ? id.GetString()
                : null;
            if (mentioned == botId && entity.Properties.TryGetValue("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } surface)
                text = text.Replace(surface, "", StringComparison.Ordinal);
        }
        return Spaces().Replace(text, " ").Trim();
    }
}
