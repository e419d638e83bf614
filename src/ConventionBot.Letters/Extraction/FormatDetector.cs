using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>Whether a sentence says a meeting is virtual, hybrid or in person ("will be held in a virtual format").</summary>
internal static partial class FormatDetector
{
    [GeneratedRegex(@"\bhybrid\b|\bin person and (?:online|virtually|remotely)\b|\bonline (?:and|or) in person\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hybrid();

    [GeneratedRegex(@"\bvirtual (?:format|meetings?|sessions?|platform)\b|\bheld (?:virtually|online|remotely)\b|\bin a virtual\b|\bfully online\b", RegexOptions.IgnoreCase)]
    private static partial Regex Virtual();

    [GeneratedRegex(@"\bin[- ]person\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPerson();

    public static MeetingFormat? Detect(string sentence) =>
        Hybrid().IsMatch(sentence) ? MeetingFormat.Hybrid
        : Virtual().IsMatch(sentence) ? MeetingFormat.Virtual
        : InPerson().IsMatch(sentence) ? MeetingFormat.InPerson
        : null;
}
