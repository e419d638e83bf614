using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Answering;

/// <summary>
/// Reads a question the way people type in chat — lower case, typos, no punctuation, extra words — into an
/// <see cref="Understanding"/>. Deterministic and explainable: words are corrected against a small vocabulary
/// (one edit for words of five letters or more), then keyword rules pick the intent.
/// </summary>
public static partial class QuestionReader
{
    private static readonly string[] Vocabulary =
    [
        "register", "registration", "registered", "deadline", "deadlines", "meeting", "meetings", "intersessional", "intersessionals",
        "virtual", "online", "person", "hybrid", "where", "venue", "location", "when", "dates", "action", "plan",
        "conference", "review", "standing", "committee", "committees", "preparatory", "informal", "upcoming", "coming",
        "president", "contact", "email", "documents", "document", "report", "distributed", "input", "comments", "views",
        "sponsorship", "cartagena", "maputo", "oslo", "nairobi", "angkor", "summit", "geneva", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "adopted", "period",
        "submit", "website", "programme", "program", "agenda", "building", "address", "address", "place", "schedule",
    ];

    /// <summary>Real words one edit away from a vocabulary word: "is there…" must not become "is where…".</summary>
    private static readonly HashSet<string> RealWords =
        ["there", "committed", "adapted", "rates", "gates", "resort", "plain", "plant", "plate", "plane", "melting"];

    [GeneratedRegex(@"[a-z0-9]+(?:[-'][a-z0-9]+)*")] private static partial Regex WordPattern();
    [GeneratedRegex(@"\b(?<n>\d{1,2})\s?(?:st|nd|rd|th)?\s?msp\b")] private static partial Regex MspShort();
    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")] private static partial Regex YearPattern();

    private static readonly Regex OrdinalWord = new(
        "\\b(?<ord>" + string.Join("|", Enumerable.Range(1, 39).Select(n => Ordinals.Word(n).ToLowerInvariant()).OrderByDescending(w => w.Length)) + @"|\d{1,2}(?:st|nd|rd|th))\b",
        RegexOptions.Compiled);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12].Select(m => m.ToLowerInvariant()).ToArray();

    public static Understanding Read(string question)
    {
        // "where's", "what's", "when's": the verb adds nothing the rules need.
        var plain = question.ToLowerInvariant().Replace('’', '\'').Replace("'s ", " ").Replace("'s?", " ").Replace("'s", " ");
        var words = WordPattern().Matches(plain).Select(m => Correct(m.Value)).ToList();
        var text = " " + string.Join(' ', words) + " ";
        var meeting = ReadMeeting(text, words);
        var plan = ReadActionPlan(text);
        var relative = Has(text, " next ", " upcoming ", " coming up ") ? RelativeTime.Next
            : Has(text, " last ", " previous ", " past ") ? RelativeTime.Last
            : Has(text, " this year ") ? RelativeTime.ThisYear
            : RelativeTime.None;
        return new Understanding(ReadIntent(text, meeting, plan), meeting, plan, relative, words);
    }

    private static Intent ReadIntent(string text, MeetingQuery meeting, string? plan)
    {
        // Practical arrangements — money, visas, hotels, food, parking, connectivity — are nothing the letters speak
        // of; a search that finds no such words is the honest route to "they do not say".
        if (Has(text, " cost", " fee", " fees ", " price", " pay ", " how much ", " visa", " hotel", " discount", " parking ", " lunch ",
                " food ", " wifi ", " wi-fi ", " password ", " dress ", " accommodation ", " taxi ", " transport"))
            return Intent.Search;
        var registration = Has(text, " regist", " sign up ", " sign me up ", " enrol");
        if (registration && Has(text, " how ", " link ", " website ", " url ", " where do i ", " where can i ", " online "))
            return Intent.HowToRegister;
        if (registration)
            return Intent.RegistrationDeadline;
        if (plan is not null || Has(text, " action plan ", " oap "))
            return Intent.ActionPlan;
        if (Has(text, " deadlines ") && Has(text, " upcoming ", " coming up ", " next ", " all ", " what are the "))
            return Intent.Upcoming;
        if (Has(text, " deadline", " due ", " by when ", " submit", " input", " comments ", " comment ", " views ", " send ", " suggestions "))
            return Intent.OtherDeadline;
        if (Has(text, " virtual ", " online ", " in person ", " hybrid ", " remote", " zoom ", " in-person "))
            return Intent.Format;
        if (Has(text, " who ") && Has(text, " presid", " chair", " signed ", " wrote ", " sent ", " president "))
            return Intent.WhoPresides;
        if (Has(text, " contact", " email ", " e-mail ", " isu ", " who do i ask ", " who can i ask ", " questions to "))
            return Intent.Contact;
        if (Has(text, " document", " report ", " distribut", " circulat", " draft ", " declaration ", " observations "))
            return Intent.Documents;
        if (Has(text, " where ", " venue ", " location ", " which city ", " what city ", " address ", " building ", " held at "))
            return Intent.Venue;
        if (Has(text, " coming up ", " upcoming ", " agenda ", " what next ", " whats next ", " schedule ", " calendar ", " what meetings ", " which meetings ", " any meetings ") && meeting.IsEmpty)
            return Intent.Upcoming;
        if (Has(text, " next meeting ", " next event "))
            return Intent.NextMeeting;
        var asksWhen = Has(text, " when ", " what date", " which date", " dates ", " how long ", " start ", " begin ");
        // "Can observers attend the intersessional meetings?" asks something of a meeting that no rule above knows: its
        // dates would be no answer; a search of the letters for those words is one, or says that they do not say.
        if (!asksWhen && StartsWith(text, " can ", " may ", " could ") && !StartsWith(text, " can you ", " could you "))
            return Intent.Search;
        var namesAMeeting = meeting.Kind is not null || meeting.Informal || (!meeting.IsEmpty && Has(text, " meeting", " conference", " session", " summit "));
        if (namesAMeeting || (asksWhen && Has(text, " meeting", " conference", " session")))
            return Intent.MeetingDates;
        return Intent.Search;
    }

    private static MeetingQuery ReadMeeting(string text, List<string> words)
    {
        MeetingKind? kind = null;
        int? number = null;
        if (MspShort().Match(text) is { Success: true } msp)
        {
            kind = MeetingKind.MeetingOfStatesParties;
            number = int.Parse(msp.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        var ordinal = OrdinalWord.Match(text);
        if (Has(text, " meeting of the states parties ", " msp ", " states parties meeting "))
        {
            kind = MeetingKind.MeetingOfStatesParties;
            number ??= ordinal.Success ? Ordinals.Parse(ordinal.Groups["ord"].Value) : null;
        }
        else if (Has(text, " review conference ", " revcon ", " rev con ", " review conf "))
        {
            kind = MeetingKind.ReviewConference;
            number ??= ordinal.Success ? Ordinals.Parse(ordinal.Groups["ord"].Value) : null;
        }
        foreach (var (city, rc) in KnownPlaces.ReviewConferenceByCity)
            if (Has(text, $" {city.ToLowerInvariant()} summit ", $" {city.ToLowerInvariant()} review conference "))
                (kind, number) = (MeetingKind.ReviewConference, rc);
        var informal = Has(text, " informal ");
        int? forMeeting = null;
        if (Has(text, " preparatory ", " prep meeting ", " informal meeting ", " informal preparatory "))
        {
            // "the informal meeting for the 24MSP": a preparatory meeting, for that MSP.
            forMeeting = kind == MeetingKind.MeetingOfStatesParties ? number : null;
            number = kind == MeetingKind.MeetingOfStatesParties ? null : ordinal.Success ? Ordinals.Parse(ordinal.Groups["ord"].Value) : null;
            kind = MeetingKind.Preparatory;
        }
        if (kind is null && Has(text, " intersessional", " standing committee", " intersessionals "))
            kind = MeetingKind.Intersessional;
        int? month = null;
        for (var m = 0; m < 12; m++)
            if (words.Contains(MonthNames[m]) && !(MonthNames[m] == "may" && !Has(text, " in may ", " may meeting", " may meetings")))
                month = m + 1;
        int? year = YearPattern().Match(text) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;
        return new MeetingQuery(kind, number, year, month, informal, forMeeting);
    }

    [GeneratedRegex(@" (?<place>[a-z]+(?:[- ]reap)?(?:[- ]angkor)?) action plan ")]
    private static partial Regex NamedPlan();

    /// <summary>The action plan a question names: a known one by its city or "OAP"; an unknown "X Action Plan" by that name (the letters will not know it).</summary>
    private static string? ReadActionPlan(string text)
    {
        foreach (var (plan, keys) in new (string, string[])[]
                 {
                     ("Oslo Action Plan", [" oslo ", " oap "]),
                     ("Maputo Action Plan", [" maputo "]),
                     ("Cartagena Action Plan", [" cartagena "]),
                     ("Nairobi Action Plan", [" nairobi "]),
                     ("Siem Reap-Angkor Action Plan", [" siem ", " angkor ", " siem-reap "]),
                 })
            if (Has(text, keys) && Has(text, " plan ", " action ", " oap "))
                return plan;
        var named = NamedPlan().Match(text);
        return named.Success && named.Groups["place"].Value is var place && place is not ("the" or "an" or "a" or "this" or "that" or "our" or "which" or "what" or "current" or "latest" or "new")
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place) + " Action Plan"
            : null;
    }

    private static bool Has(string text, params string[] needles) => needles.Any(n => text.Contains(n, StringComparison.Ordinal));

    private static bool StartsWith(string text, params string[] openings) => openings.Any(o => text.StartsWith(o, StringComparison.Ordinal));

    /// <summary>One edit away from a vocabulary word (five letters or more) is taken for that word: "registation", "wen".</summary>
    private static string Correct(string word)
    {
        if (word.Length < 5 || Vocabulary.Contains(word) || RealWords.Contains(word) || word.Any(char.IsDigit))
            return word switch { "wen" => "when", "whn" => "when", "reg" => "registration", "intersessionals" => "intersessional", _ => word };
        return Vocabulary.FirstOrDefault(v => Math.Abs(v.Length - word.Length) <= 1 && WithinOneEdit(v, word)) ?? word;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (a.Length < b.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
