using System.Globalization;
using System.Text.RegularExpressions;

namespace ConventionBot.Letters.Extraction;

/// <summary>An action plan named in a sentence: "Draft Cartagena Action Plan, 2010-2014", "the Oslo Action Plan (OAP)".</summary>
internal sealed partial record ActionPlanMention(int Start, int End, string Name, string? Abbreviation, int? StartYear, int? EndYear, bool Draft)
{
    [GeneratedRegex(@"(?:\b(?<draft>[Dd]raft)\s+)?\b(?<place>Siem\s+Reap[-–]Angkor|(?!Draft\b|The\b|Our\b)\p{Lu}\p{L}+)\s+Action\s+Plan(?:\s*\((?<abbr>[A-Z]{2,6})\))?(?:\s*,?\s*\(?(?<y1>(?:19|20)\d{2})\s*[-–]\s*(?<y2>(?:19|20)\d{2})\)?)?")]
    private static partial Regex Pattern();

    public static IReadOnlyList<ActionPlanMention> Find(string sentence) =>
        Pattern().Matches(sentence).Select(m => new ActionPlanMention(
            m.Index,
            m.Index + m.Length,
            Regex.Replace(m.Groups["place"].Value, @"\s+", " ").Replace('–', '-') + " Action Plan",
            m.Groups["abbr"].Success ? m.Groups["abbr"].Value : null,
            m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : null,
            m.Groups["y2"].Success ? int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture) : null,
            m.Groups["draft"].Success)).ToList();
}
