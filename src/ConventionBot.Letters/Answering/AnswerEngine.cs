using System.Globalization;
using ConventionBot.Letters.Agenda;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;
using static ConventionBot.Letters.Answering.Phrasing;

namespace ConventionBot.Letters.Answering;

/// <summary>
/// Answers a delegate's question from the letters' facts, relative to "today": the direct answer in one sentence,
/// then its source. A question that names no meeting is about the nearest upcoming one (else the most recent, and
/// the answer says so); two meetings that fit equally are offered as choices. When the letters do not say, the answer
/// says exactly that, with the nearest facts and the contact — and no date that no letter gives.
/// One engine for the bot, the CLI and the tests.
/// </summary>
public sealed class AnswerEngine(FactIndex facts)
{
    /// <summary>Thread-safe: each question is answered over the facts as they stood that day.</summary>
    public Answer Ask(string question, DateOnly today) => new DayAnswers(facts.AsOf(today)).Ask(question, today);
}

/// <summary>The answers of one day, over the facts known that day.</summary>
internal sealed class DayAnswers(FactIndex index)
{
    public Answer Ask(string question, DateOnly today)
    {
        var understanding = QuestionReader.Read(question);
        return understanding.Intent switch
        {
            Intent.Upcoming => Upcoming(today),
            Intent.NextMeeting => NextMeeting(today),
            Intent.ActionPlan => ActionPlanAnswer(understanding),
            Intent.RegistrationDeadline or Intent.HowToRegister => Registration(understanding, today),
            Intent.OtherDeadline => OtherDeadline(understanding, today),
            Intent.Contact => ContactAnswer(),
            Intent.Documents => DocumentAnswer(understanding),
            Intent.WhoPresides => WhoPresides(understanding, today),
            Intent.Venue or Intent.Format or Intent.MeetingDates => AboutMeeting(understanding, today),
            _ => Search(understanding),
        };
    }

    private Answer AboutMeeting(Understanding u, DateOnly today)
    {
        var (meeting, choices, unnamed) = ResolveMeeting(u, today);
        if (choices.Count > 1)
            return new Answer(false, u.Intent, "Which meeting do you mean? " + string.Join(", or ", choices.Select(c => Named(c.Fact))) + "?", null, [], [], choices.Select(c => c.Fact.Name).ToList());
        if (meeting is null)
            return NoSuchMeeting(u, today);
        var m = meeting.Fact;
        // "The last MSP" is the last one the letters name, which may be years old: say so.
        var preface = u.Relative == RelativeTime.Last ? "The most recent one the letters name: "
            : unnamed && m.LatestEnd < today ? "No meeting is upcoming in the letters; the most recent one: " : "";
        var text = u.Intent switch
        {
            Intent.Venue => VenueSentence(m, today),
            Intent.Format => FormatSentence(m, today, u.Words),
            _ => DatesSentence(m, today),
        };
        if (text is null)
        {
            var missing = u.Intent == Intent.Venue ? "where" : "in what format";
            return Answer.NotInLetters(u.Intent,
                $"The letters do not say {missing} the {m.Name} will be held. They give {(IsPlural(m) ? "their" : "its")} dates: {When(m)}.{ContactSuffix()}",
                [Citation.Of(meeting.Letter, m.Source)], [m.Name]);
        }
        return new Answer(true, u.Intent, preface + text, m.Name, [Citation.Of(meeting.Letter, m.Source)], [m.Key], []) { About = m };
    }

    private static string DatesSentence(Meeting m, DateOnly today)
    {
        if (m.Dates is null)
            return $"The {m.Name} {Be(m)} proposed for either {string.Join(" or ", m.Alternatives)}; the dates were not confirmed in the letters.";
        var where = Where(m);
        if (m.LatestEnd < today)
            return $"The {m.Name} took place {When(m)}{where}.";
        if (m.Status == MeetingStatus.Proposed)
            return $"The {m.Name} {Be(m)} proposed for {When(m)}{where}; the dates are not confirmed.";
        return $"The {m.Name} {(IsPlural(m) ? "take" : "takes")} place {When(m)}{where}.";
    }

    /// <summary>"The 2027 Intersessional Meetings are", "the Twenty-Third Meeting of the States Parties is": the head noun decides.</summary>
    private static bool IsPlural(Meeting m) =>
        m.Name.Split(" (")[0].Split(' ')[^1].ToLowerInvariant() is "meetings" or "committees" or "consultations" or "intersessionals";

    private static string Be(Meeting m) => IsPlural(m) ? "are" : "is";

    private static string Is(Meeting m, DateOnly today) => m.LatestEnd < today ? (IsPlural(m) ? "were" : "was") : Be(m);

    private static string? VenueSentence(Meeting m, DateOnly today) => (m.Format, m.Venue) switch
    {
        (MeetingFormat.Virtual, _) => $"The {m.Name} ({When(m)}) {Is(m, today)} held virtually, so there is no venue.",
        (MeetingFormat.Hybrid, { } v) => $"The {m.Name} ({When(m)}) {Is(m, today)} hybrid: in person {AtVenue(v)}, and online.",
        (_, { } v) => $"The {m.Name} ({When(m)}) {Is(m, today)} held {AtVenue(v)}.",
        _ => null,
    };

    private static string? FormatSentence(Meeting m, DateOnly today, IReadOnlyList<string> question) => m.Format switch
    {
        MeetingFormat.Virtual => $"{Verdict(question, MeetingFormat.Virtual)}the {m.Name} ({When(m)}) {Is(m, today)} held in a virtual format.",
        MeetingFormat.Hybrid => $"The {m.Name} ({When(m)}) {Is(m, today)} hybrid: delegations may take part in person{(m.Venue is { } v ? $" {AtVenue(v)}" : "")} or online.",
        MeetingFormat.InPerson => $"{Verdict(question, MeetingFormat.InPerson)}the {m.Name} ({When(m)}) {Is(m, today)} held in person{(m.Venue is { } v ? $" {AtVenue(v)}" : "")}; the letters mention no virtual participation.",
        _ => null,
    } is { } sentence ? char.ToUpperInvariant(sentence[0]) + sentence[1..] : null;

    /// <summary>
    /// "Yes, " or "No, " when the question asked whether the meeting is virtual ("is it online?") or in person ("is it
    /// in person?"), so that the answer says yes to what is so; nothing for other questions ("virtual or in person?").
    /// </summary>
    private static string Verdict(IReadOnlyList<string> question, MeetingFormat format)
    {
        if (question.Count == 0 || question[0] is not ("is" or "are" or "will" or "was" or "were" or "can" or "do" or "does"))
            return "";
        var text = " " + string.Join(' ', question) + " ";
        var askedInPerson = text.Contains(" in person ", StringComparison.Ordinal) || text.Contains(" in-person ", StringComparison.Ordinal);
        var askedVirtual = question.Any(w => w is "virtual" or "virtually" or "online" or "remote" or "remotely" or "zoom");
        if (askedInPerson == askedVirtual)
            return "";
        return askedVirtual == (format == MeetingFormat.Virtual) ? "Yes, " : "No, ";
    }

    private Answer Registration(Understanding u, DateOnly today)
    {
        var registrations = index.DeadlinesByKind[DeadlineKind.Registration].ToList();
        var chosen = ChooseDeadline(u, today, registrations);
        if (chosen is null)
            return NoDeadline(u, today, "registration");
        var d = chosen.Fact;
        var meeting = MeetingOf(d);
        var about = meeting is null ? $"the {d.Meeting}" : Named(meeting);
        var how = d.How ?? LinkFor(chosen.Letter);
        var text = u.Intent == Intent.HowToRegister
            ? $"Register for {about} {(how is null ? "as the letter asks" : $"online at {how}")}, by {Day(d.Due)}{(d.Due < today ? " (that deadline has passed)" : "")}."
            : d.Due < today
                ? $"Registration for {about} closed on {Day(d.Due)}."
                : $"Registration for {about} is due by {Day(d.Due)}{(how is null ? "" : $", at {how}")}.";
        return new Answer(true, u.Intent, text, d.Meeting, [Citation.Of(chosen.Letter, d.Source)], [d.What], []) { About = meeting };
    }

    private Meeting? MeetingOf(Deadline d) => d.Meetings.Select(name => index.MeetingsByName.GetValueOrDefault(name)).FirstOrDefault(m => m is not null)?.Fact;

    private Answer OtherDeadline(Understanding u, DateOnly today)
    {
        var words = u.Words;
        var kind = words.Any(w => w is "views" or "view") ? DeadlineKind.Views
            : words.Any(w => w.StartsWith("sponsor", StringComparison.Ordinal)) ? DeadlineKind.Sponsorship
            : words.Any(w => w is "input" or "comments" or "comment" or "suggestions" or "report" or "submit") ? DeadlineKind.Input
            : (DeadlineKind?)null;
        // "comments on the dates" are views on proposed dates, whatever word the delegate uses for them.
        if (words.Contains("dates"))
            kind = DeadlineKind.Views;
        var candidates = (kind is { } k ? index.DeadlinesByKind[k] : index.Deadlines.Where(d => d.Fact.Kind != DeadlineKind.Registration)).ToList();
        var chosen = ChooseDeadline(u, today, candidates);
        if (chosen is null)
            return NoDeadline(u, today, "that deadline");
        var d = chosen.Fact;
        var what = char.ToLowerInvariant(d.What[0]) + d.What[1..];
        var text = d.Due < today
            ? $"The deadline for {what} was {Day(d.Due)}; it has passed."
            : $"The deadline for {what} is {Day(d.Due)}{(d.How is null ? "" : $"; send it to {d.How}")}.";
        return new Answer(true, u.Intent, text, d.Meeting, [Citation.Of(chosen.Letter, d.Source)], [d.What], []) { About = MeetingOf(d) };
    }

    /// <summary>The deadline for the meeting the question names; else the soonest still open; else the latest passed.</summary>
    private Cited<Deadline>? ChooseDeadline(Understanding u, DateOnly today, List<Cited<Deadline>> deadlines)
    {
        if (!u.Meeting.IsEmpty)
        {
            var meetings = Matching(u.Meeting).Select(m => m.Fact.Name).ToHashSet();
            deadlines = deadlines.Where(d => d.Fact.Meetings.Any(meetings.Contains)).ToList();
            if (meetings.Count == 0 || deadlines.Count == 0)
                return null;
        }
        return deadlines.Where(d => d.Fact.Due >= today).MinBy(d => d.Fact.Due)
            ?? (u.Relative == RelativeTime.Next && u.Meeting.IsEmpty ? null : deadlines.MaxBy(d => d.Fact.Due));
    }

    private Answer Upcoming(DateOnly today)
    {
        var agenda = index.AgendaOn(today);
        if (agenda.Count == 0)
        {
            var last = index.Meetings.MaxBy(m => m.Fact.EarliestStart);
            return Answer.NotInLetters(Intent.Upcoming,
                last is null ? "The letters name no meeting at all." : $"Nothing is upcoming in the letters. The most recent meeting was {Named(last.Fact)}.",
                last is null ? [] : [Citation.Of(last.Letter, last.Fact.Source)]);
        }
        // A chat message, not a report: the ten soonest, and how many more.
        var items = agenda.Take(MaxAgendaItems).ToList();
        var lines = items.Select(AgendaLine).ToList();
        var more = agenda.Count > items.Count ? $"\n…and {agenda.Count - items.Count} more." : "";
        return new Answer(true, Intent.Upcoming, "Coming up:\n" + string.Join("\n", lines.Select(l => "• " + l)) + more, null,
            items.Select(i => Citation.Of(i.Letter, i.Source)).ToList(), lines, []) { Agenda = items, MoreOnAgenda = agenda.Count - items.Count };
    }

    private static string AgendaLine(AgendaItem item) => item.Meeting is { } m
        ? $"{When(m)}: {m.Name}{Where(m)}{(item.Status == "proposed" ? " (proposed)" : "")}"
        : $"{Day(item.Date)}: deadline — {item.Deadline!.What}";

    private Answer NextMeeting(DateOnly today)
    {
        var next = index.Meetings.Where(m => m.Fact.LatestEnd >= today).MinBy(m => m.Fact.EarliestStart);
        if (next is not null)
        {
            var proposed = next.Fact.Dates is null || next.Fact.Status == MeetingStatus.Proposed ? " (proposed dates, not confirmed)" : "";
            return new Answer(true, Intent.NextMeeting, $"The next meeting is the {next.Fact.Name}, {When(next.Fact)}{Where(next.Fact)}{proposed}.", next.Fact.Name, [Citation.Of(next.Letter, next.Fact.Source)], [next.Fact.Key], []) { About = next.Fact };
        }
        var last = index.Meetings.MaxBy(m => m.Fact.EarliestStart);
        return last is null
            ? Answer.NotInLetters(Intent.NextMeeting, "The letters name no meeting.")
            : new Answer(true, Intent.NextMeeting, $"No meeting is upcoming in the letters. The most recent was {Named(last.Fact)}.", last.Fact.Name, [Citation.Of(last.Letter, last.Fact.Source)], [last.Fact.Key], []) { About = last.Fact };
    }

    private Answer ActionPlanAnswer(Understanding u)
    {
        var name = u.ActionPlan ?? index.ActionPlans.Where(p => p.Fact.Start is not null).MaxBy(p => p.Fact.Start)?.Fact.Name;
        var mentions = index.ActionPlans.Where(p => p.Fact.Name == name).ToList();
        if (mentions.Count == 0)
            return Answer.NotInLetters(Intent.ActionPlan, $"The letters do not mention {(u.ActionPlan is null ? "an action plan" : "the " + u.ActionPlan)}.{ContactSuffix()}");
        var period = mentions.Where(p => p.Fact.Start is not null).OrderBy(p => p.Fact.Draft).FirstOrDefault();
        var adopted = mentions.FirstOrDefault(p => p.Fact.AdoptedAt is not null);
        var sentence = $"The {name}";
        sentence += period is null ? " is named in the letters, which do not give its period" : $" covers {period.Fact.Start}–{period.Fact.End}";
        if (adopted is not null)
            sentence += $"; it was adopted at the {adopted.Fact.AdoptedAt}{(adopted.Fact.AdoptedOn is { } on ? $" in {on}" : "")}";
        else if (period?.Fact.Draft == true && mentions.All(p => p.Fact.Draft))
            sentence += "; the letters present it as a draft";
        sentence += ".";
        var cites = new[] { period, adopted }.OfType<Cited<ActionPlan>>().Distinct().Select(p => Citation.Of(p.Letter, p.Fact.Source)).ToList();
        if (cites.Count == 0)
            cites.Add(Citation.Of(mentions[0].Letter, mentions[0].Fact.Source));
        return new Answer(true, Intent.ActionPlan, sentence, null, cites, [name!], []);
    }

    private Answer ContactAnswer()
    {
        var email = index.Contacts.Where(c => c.Fact.Kind == ContactKind.Email).MaxBy(c => c.Letter.Date);
        return email is null
            ? Answer.NotInLetters(Intent.Contact, "The letters give no contact address.")
            : new Answer(true, Intent.Contact, $"Write to the Implementation Support Unit at {email.Fact.Value}.", null, [Citation.Of(email.Letter, email.Fact.Source)], [email.Fact.Value], []);
    }

    private Answer DocumentAnswer(Understanding u)
    {
        var documents = index.Documents
            .Select(d => (Doc: d, Score: u.Words.Count(w => w.Length > 3 && d.Fact.Title.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Doc.Letter.Date)
            .Select(x => x.Doc)
            .FirstOrDefault();
        if (documents is null)
            return Answer.NotInLetters(Intent.Documents, "The letters do not mention that document." + ContactSuffix());
        var d = documents.Fact;
        var text = d.Status == DocumentStatus.Enclosed
            ? $"The {d.Title} was enclosed with the letter of {(documents.Letter.Date is { } date ? Day(date) : "the President")}."
            : $"The {d.Title} is to be distributed {(d.When is { } when ? "in " + when : d.WhenText ?? "later")}, according to the letter of {(documents.Letter.Date is { } ld ? Day(ld) : "the President")}.";
        return new Answer(true, Intent.Documents, text, null, [Citation.Of(documents.Letter, d.Source)], [d.Title], []);
    }

    private Answer WhoPresides(Understanding u, DateOnly today)
    {
        var letters = index.Letters.Where(l => l.Role is not null).ToList();
        LetterRef? letter = null;
        if (!u.Meeting.IsEmpty && u.Meeting.Number is { } n && u.Meeting.Kind is { } kind)
        {
            var title = kind == MeetingKind.MeetingOfStatesParties ? $"{Extraction.Ordinals.Word(n)} Meeting of the States Parties" : $"{Extraction.Ordinals.Word(n)} Review Conference";
            letter = letters.Where(l => l.Role!.Contains(title, StringComparison.OrdinalIgnoreCase)).MaxBy(l => l.Date);
            if (letter is null)
                return Answer.NotInLetters(Intent.WhoPresides, $"No letter is signed by the President of the {title}.{ContactSuffix()}");
        }
        letter ??= letters.Where(l => l.Date <= today).MaxBy(l => l.Date);
        if (letter is null)
            return Answer.NotInLetters(Intent.WhoPresides, "No letter says who presides.");
        var signature = index.Sentences[letter.Id].LastOrDefault(s => s.Text.Contains(letter.Author ?? "\0", StringComparison.Ordinal));
        return new Answer(true, Intent.WhoPresides, $"{letter.Author} is the {letter.Role}, according to the letter of {(letter.Date is { } d ? Day(d) : "")}.",
            null, signature is null ? [] : [Citation.Of(letter, signature)], [letter.Author!], []);
    }

    /// <summary>
    /// A passage only when it shares (nearly) every meaningful word of the question, as whole words or their
    /// inflections — "dress code" must not find "address".
    /// </summary>
    private Answer Search(Understanding u)
    {
        var words = u.Words.Where(w => w.Length > 3 && !CommonWords.Contains(w)).Distinct().ToList();
        var needed = words.Count <= 2 ? words.Count : (words.Count * 2 + 2) / 3;
        var best = words.SelectMany(index.SentencesWith).Distinct()
            .Select(x => (x.Letter, x.Sentence, Score: Shared(words, x.Sentence.Text)))
            .Where(x => x.Score > 0 && x.Score >= needed)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Letter.Date)
            .FirstOrDefault();
        if (words.Count == 0 || best.Sentence is null)
            return Answer.NotInLetters(Intent.Search, "The letters do not say." + ContactSuffix());
        return new Answer(true, Intent.Search, $"The letter of {(best.Letter.Date is { } d ? Day(d) : "")} says: “{best.Sentence.Text.Replace('\n', ' ')}”", null, [Citation.Of(best.Letter, best.Sentence)], [], []);
    }

    /// <summary>The meeting a question is about, choices when two fit equally, and whether the question named none.</summary>
    private (Cited<Meeting>? Meeting, IReadOnlyList<Cited<Meeting>> Choices, bool Unnamed) ResolveMeeting(Understanding u, DateOnly today)
    {
        var candidates = Matching(u.Meeting).ToList();
        // "Is the 2020 meeting virtual?": of the meetings that fit, the ones whose letters answer the question.
        var informative = candidates.Where(m => u.Intent switch
        {
            Intent.Format => m.Fact.Format is not null,
            Intent.Venue => m.Fact.Venue is not null || m.Fact.Format == MeetingFormat.Virtual,
            _ => true,
        }).ToList();
        if (informative.Count > 0)
            candidates = informative;
        if (candidates.Count == 0)
            return (null, [], !u.Meeting.IsEmpty ? false : true);
        if (u.Relative == RelativeTime.Last)
            return (candidates.Where(m => m.Fact.LatestEnd < today).MaxBy(m => m.Fact.EarliestStart), [], u.Meeting.IsEmpty);
        var upcoming = candidates.Where(m => m.Fact.LatestEnd >= today).OrderBy(m => m.Fact.EarliestStart).ToList();
        if (upcoming.Count >= 2 && upcoming[0].Fact.EarliestStart == upcoming[1].Fact.EarliestStart)
            return (null, upcoming.Take(2).ToList(), u.Meeting.IsEmpty);
        if (upcoming.Count > 0)
            return (upcoming[0], [], u.Meeting.IsEmpty);
        return (candidates.MaxBy(m => m.Fact.EarliestStart), [], u.Meeting.IsEmpty);
    }

    private IEnumerable<Cited<Meeting>> Matching(MeetingQuery q) => index.Meetings.Where(c =>
    {
        var m = c.Fact;
        var years = m.Alternatives.Select(a => a.Start.Year).Append(m.Dates?.Start.Year ?? 0);
        return (q.Kind is null || m.Kind == q.Kind)
               && (q.Number is null || m.Key == NumberedKey(m.Kind, q.Number.Value) || (m.Kind == MeetingKind.Preparatory && m.Key.StartsWith($"prep-{q.Number}-", StringComparison.Ordinal)))
               && (q.ForMeeting is null || ForMsp(c, q.ForMeeting.Value))
               && (q.Year is null || years.Contains(q.Year.Value) || m.Key.EndsWith(q.Year.Value.ToString(), StringComparison.Ordinal))
               && (q.Month is not { } month || m.Dates?.Touches(month) == true || m.Alternatives.Any(a => a.Touches(month)))
               && (!q.Informal || m.Key.StartsWith("prep-informal", StringComparison.Ordinal));
    });

    private static string NumberedKey(MeetingKind kind, int number) => kind == MeetingKind.ReviewConference ? $"rc-{number}" : $"msp-{number}";

    /// <summary>A preparatory meeting is for an MSP when its sentence names that MSP or its letter is from that MSP's presidency.</summary>
    private static bool ForMsp(Cited<Meeting> meeting, int msp) =>
        meeting.Fact.Source.Text.Contains($"{msp}MSP", StringComparison.Ordinal)
        || meeting.Letter.Role?.Contains($"{Extraction.Ordinals.Word(msp)} Meeting of the States Parties", StringComparison.OrdinalIgnoreCase) == true;

    private Answer NoSuchMeeting(Understanding u, DateOnly today)
    {
        var next = index.Meetings.Where(m => m.Fact.LatestEnd >= today).MinBy(m => m.Fact.EarliestStart);
        var described = Describe(u.Meeting);
        return Answer.NotInLetters(u.Intent,
            $"The letters do not give the dates of {described}.{(next is null ? "" : $" The next meeting they name is {Named(next.Fact)}.")}{ContactSuffix()}",
            next is null ? [] : [Citation.Of(next.Letter, next.Fact.Source)]);
    }

    private Answer NoDeadline(Understanding u, DateOnly today, string what)
    {
        var described = u.Meeting.IsEmpty ? "" : $" for {Describe(u.Meeting)}";
        var open = index.Deadlines.Where(d => d.Fact.Due >= today).MinBy(d => d.Fact.Due);
        return Answer.NotInLetters(u.Intent,
            $"The letters give no date for {what}{described}.{(open is null ? "" : $" The next deadline they give: {open.Fact.What}, by {Day(open.Fact.Due)}.")}{ContactSuffix()}",
            open is null ? [] : [Citation.Of(open.Letter, open.Fact.Source)]);
    }

    private static string Describe(MeetingQuery q) => q switch
    {
        { Kind: MeetingKind.MeetingOfStatesParties, Number: { } n } => $"the {Extraction.Ordinals.Word(n)} Meeting of the States Parties ({n}MSP)",
        { Kind: MeetingKind.ReviewConference, Number: { } n } => $"the {Extraction.Ordinals.Word(n)} Review Conference",
        { Kind: MeetingKind.Intersessional, Year: { } y } => $"the {y} intersessional meetings",
        { Month: { } month } => $"a meeting in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}{(q.Year is { } y ? $" {y}" : "")}",
        { Year: { } y } => $"a meeting in {y}",
        _ => "that meeting",
    };

    private string? LinkFor(LetterRef letter) =>
        index.Contacts.FirstOrDefault(c => c.Letter.Id == letter.Id && c.Fact.Kind == ContactKind.RegistrationLink)?.Fact.Value;

    private string ContactSuffix()
    {
        var email = index.Contacts.Where(c => c.Fact.Kind == ContactKind.Email).MaxBy(c => c.Letter.Date)?.Fact.Value;
        return email is null ? "" : $" The Implementation Support Unit can help: {email}.";
    }

    private static int Shared(List<string> words, string sentence)
    {
        var sentenceWords = Words.Of(sentence);
        return words.Count(w => sentenceWords.Any(s => s == w || (w.Length >= 5 && s.Length >= 5 && (s.StartsWith(w[..^1], StringComparison.Ordinal) || w.StartsWith(s[..^1], StringComparison.Ordinal)))));
    }

    private const int MaxAgendaItems = 10;

    private static readonly HashSet<string> CommonWords =
        ["what", "when", "where", "which", "does", "will", "with", "this", "that", "there", "about", "have", "from", "letter", "letters", "please", "tell", "know"];
}
