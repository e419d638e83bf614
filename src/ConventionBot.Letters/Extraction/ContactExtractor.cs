using System.Text.RegularExpressions;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Extraction;

/// <summary>E-mail addresses and web links; a link given for registering is a registration link.</summary>
internal static partial class ContactExtractor
{
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")] private static partial Regex Email();
    [GeneratedRegex(@"(?<![@\w.])(?:https?://|www\.)[^\s<>()\[\]|,;""]+")] private static partial Regex Url();
    [GeneratedRegex(@"\bregist", RegexOptions.IgnoreCase)] private static partial Regex RegistrationWord();

    public static IReadOnlyList<Contact> Extract(IReadOnlyList<SentenceAnalysis> sentences)
    {
        var contacts = new List<Contact>();
        foreach (var sentence in sentences)
        {
            var text = sentence.Sentence.Text;
            foreach (Match m in Email().Matches(text))
                Add(contacts, new Contact(ContactKind.Email, m.Value.TrimEnd('.'), sentence.Sentence));
            var linkKind = RegistrationWord().IsMatch(text) ? ContactKind.RegistrationLink : ContactKind.Website;
            foreach (Match m in Url().Matches(text))
                Add(contacts, new Contact(linkKind, m.Value.TrimEnd('.', ':'), sentence.Sentence));
        }
        return contacts;
    }

    /// <summary>The links found in one sentence, for "how" a deadline is met.</summary>
    public static string? FirstLinkOrEmail(string sentence) =>
        Url().Match(sentence) is { Success: true } url ? url.Value.TrimEnd('.', ':')
        : Email().Match(sentence) is { Success: true } email ? email.Value.TrimEnd('.')
        : null;

    private static void Add(List<Contact> contacts, Contact contact)
    {
        var key = Normalise(contact.Value);
        var existing = contacts.FindIndex(c => Normalise(c.Value) == key);
        if (existing < 0)
            contacts.Add(contact);
        else if (contact.Kind == ContactKind.RegistrationLink && contacts[existing].Kind == ContactKind.Website)
            contacts[existing] = contact;
    }

    private static string Normalise(string value) =>
        Regex.Replace(value.ToLowerInvariant(), @"^(?:https?://)?(?:www\.)?", "").TrimEnd('/');
}
