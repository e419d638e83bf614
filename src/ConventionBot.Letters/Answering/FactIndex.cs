using ConventionBot.Letters.Agenda;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Answering;

/// <summary>A fact with the letter that states it.</summary>
public sealed record Cited<T>(LetterRef Letter, T Fact);

/// <summary>
/// Every fact of every letter, in memory, for answering without a database round trip per question. Meetings that
/// several letters describe are merged by key: the most precise description wins, then the newest letter.
/// Built once and rebuilt when the store changes (the app swaps it after an ingest).
/// </summary>
public sealed class FactIndex
{
    private readonly IReadOnlyList<Letter> _all;
    private sealed record View(DateOnly Day, FactIndex Index);

    private readonly Lazy<ILookup<string, (LetterRef Letter, SourceSentence Sentence)>> _sentencesByWord;

    private View? _asOf;

    private sealed record AgendaOfDay(DateOnly Day, IReadOnlyList<AgendaItem> Items);

    private AgendaOfDay? _agenda;

    public FactIndex(IEnumerable<Letter> letters)
    {
        var all = letters.ToList();
        _all = all;
        var refs = all.Select(l => (Ref: new LetterRef(l.Id, l.File, l.Facts.Date, l.Facts.Author, l.Facts.Role), Letter: l)).ToList();
        Meetings = MostPreciseByMeeting(refs.SelectMany(r => r.Letter.Facts.Meetings.Select(m => new Cited<Meeting>(r.Ref, m))))
            .OrderBy(c => c.Fact.EarliestStart)
            .ToList();
        Deadlines = refs.SelectMany(r => r.Letter.Facts.Deadlines.Select(d => new Cited<Deadline>(r.Ref, d))).OrderBy(c => c.Fact.Due).ToList();
        ActionPlans = refs.SelectMany(r => r.Letter.Facts.ActionPlans.Select(p => new Cited<ActionPlan>(r.Ref, p))).ToList();
        Contacts = refs.SelectMany(r => r.Letter.Facts.Contacts.Select(c => new Cited<Contact>(r.Ref, c))).ToList();
        Documents = refs.SelectMany(r => r.Letter.Facts.Documents.Select(d => new Cited<PromisedDocument>(r.Ref, d))).ToList();
        DeadlinesByKind = Deadlines.ToLookup(d => d.Fact.Kind);
        MeetingsByName = Meetings.GroupBy(m => m.Fact.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Letters = refs.Select(r => r.Ref).ToList();
        Sentences = refs.ToDictionary(r => r.Ref.Id, r => r.Letter.Sentences);
        _sentencesByWord = new(() => refs
            .SelectMany(r => r.Letter.Sentences.SelectMany(s => Words.Of(s.Text).Select(Words.Key).Distinct().Select(key => (key, r.Ref, s))))
            .ToLookup(x => x.key, x => (x.Ref, x.s)));
    }

    /// <summary>The sentences holding a word or one of its inflections (an inverted index, built on first use).</summary>
    public IEnumerable<(LetterRef Letter, SourceSentence Sentence)> SentencesWith(string word) => _sentencesByWord.Value[Words.Key(word)];

    public IReadOnlyList<Cited<Meeting>> Meetings { get; }
    public IReadOnlyList<Cited<Deadline>> Deadlines { get; }
    public ILookup<DeadlineKind, Cited<Deadline>> DeadlinesByKind { get; }
    public IReadOnlyDictionary<string, Cited<Meeting>> MeetingsByName { get; }
    public IReadOnlyList<Cited<ActionPlan>> ActionPlans { get; }
    public IReadOnlyList<Cited<Contact>> Contacts { get; }
    public IReadOnlyList<Cited<PromisedDocument>> Documents { get; }
    public IReadOnlyList<LetterRef> Letters { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<SourceSentence>> Sentences { get; }

    /// <summary>
    /// The facts as they stood on <paramref name="today"/>: only letters written by then. A letter dated later cannot
    /// inform an answer about that day. The last view is kept, as a bot asks for the same day all day.
    /// </summary>
    public FactIndex AsOf(DateOnly today)
    {
        if (_asOf is { } cached && cached.Day == today)
            return cached.Index;
        var index = _all.All(l => l.Facts.Date <= today) ? this : new FactIndex(_all.Where(l => l.Facts.Date <= today));
        _asOf = new View(today, index);
        return index;
    }

    /// <summary>What is upcoming on that day; kept for the last day asked, as the agenda changes once a day.</summary>
    public IReadOnlyList<AgendaItem> AgendaOn(DateOnly today)
    {
        if (_agenda is { } cached && cached.Day == today)
            return cached.Items;
        var items = UpcomingAgenda.Of(Meetings, Deadlines, today);
        _agenda = new AgendaOfDay(today, items);
        return items;
    }

    public static async Task<FactIndex> LoadAsync(ILetterStore store, CancellationToken cancellationToken) =>
        new(await store.GetAllAsync(cancellationToken));

    /// <summary>One description per meeting key: the most precise (alternatives, then days, months, years), then the newest letter's.</summary>
    public static IEnumerable<Cited<Meeting>> MostPreciseByMeeting(IEnumerable<Cited<Meeting>> meetings) => meetings
        .GroupBy(c => c.Fact.Key)
        .Select(g => g.OrderBy(c => Rank(c.Fact)).ThenByDescending(c => c.Letter.Date).First());

    private static int Rank(Meeting m) => m.Alternatives.Count > 0 ? 0 : (int)(m.Dates?.Precision ?? DatePrecision.Year);
}
