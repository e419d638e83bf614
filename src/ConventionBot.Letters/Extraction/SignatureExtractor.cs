using System.Text.RegularExpressions;
using ConventionBot.Letters.Cleaning;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>
/// Reads who signed the letter from what follows "Yours sincerely": a name line (honorifics such as "H.E." or
/// "Ambassador" dropped), then title lines; OCR debris before the first name is passed over. The role is the
/// presidency the signatory holds when the title names one ("President-Designate of the Twelfth Meeting of the
/// States Parties"), otherwise the whole title.
/// </summary>
internal static partial class SignatureExtractor
{
    private const string RoleWords =
        @"President|Ambassador|Secretary|Director|Chair|Co-Chair|Minister|Deputy|Permanent|Representative|Coordinator|Head|Chargé|Convention|Implementation|Meeting|Executive|Special|Envoy";

    [GeneratedRegex($@"^(?:(?:H\.\s?E\.|Ambassador|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor)\s+)*(?<name>(?!(?:{RoleWords})\b)\p{{Lu}}[\p{{L}}'’.-]+(?:\s+(?!(?:{RoleWords})\b)\p{{Lu}}[\p{{L}}'’.-]*){{1,4}})(?<rest>.*)$")]
    private static partial Regex NameLine();

    private static readonly Regex Presidency = new(
        $@"\b(?:President|Chair|Co-Chair)(?:-Designate)?\s+of\s+the\s+(?:{Ordinals.Pattern})\s+(?:Meeting\s+of\s+the\s+States\s+Parties|Review\s+Conference)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    public static IReadOnlyList<Signatory> Extract(CleanDocument document)
    {
        var closing = document.Paragraphs.FirstOrDefault(p => LetterCleaner.ClosingLine().IsMatch(p.Lines[0]));
        if (closing is null)
            return [];
        var signatories = new List<(string Name, List<string> Title)>();
        var lines = document.Paragraphs.Skip(closing.Index).SelectMany(p => p.Lines.Select((line, i) => (line, first: i == 0))).Skip(1);
        foreach (var (line, firstOfParagraph) in lines)
        {
            var name = firstOfParagraph ? NameLine().Match(line) : Match.Empty;
            if (name.Success && (signatories.Count == 0 || signatories[^1].Name != name.Groups["name"].Value.Trim()))
            {
                signatories.Add((name.Groups["name"].Value.Trim(), [name.Groups["rest"].Value]));
                continue;
            }
            if (signatories.Count == 0)
                continue; // OCR debris of a handwritten signature, before the typed name
            signatories[^1].Title.Add(name.Success ? name.Groups["rest"].Value : line);
        }
        return signatories.Select(s => ToSignatory(s.Name, s.Title)).ToList();
    }

    private static Signatory ToSignatory(string name, List<string> titleLines)
    {
        var title = Regex.Replace(string.Join(" ", titleLines), @"\s+", " ").Trim(' ', ',');
        var presidency = Presidency.Match(title);
        var role = presidency.Success ? presidency.Value : title.Length > 0 ? title : null;
        return new Signatory(name, role, title);
    }
}
