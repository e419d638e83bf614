using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Storage;

/// <summary>Who wrote a fact's letter and when: what every answer cites.</summary>
public sealed record LetterRef(string Id, string File, DateOnly? Date, string? Author, string? Role);

public sealed record SearchHit(LetterRef Letter, SourceSentence Sentence, double Score);

public sealed record LetterMeeting(LetterRef Letter, Meeting Meeting);

public sealed record LetterDeadline(LetterRef Letter, Deadline Deadline);

/// <summary>
/// The letter store: letters with their facts, searchable by words (BM25-ranked sentences) and queryable by date.
/// SQLite is the default implementation; PostgreSQL is the second one a later issue adds behind this seam.
/// </summary>
public interface ILetterStore
{
    /// <summary>Creates the store, or brings its schema up to date; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The content hashes of those of <paramref name="ids"/> that are stored.</summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Stores the letters in one transaction; a letter with a stored id replaces it and all its facts.</summary>
    Task SaveAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken);

    Task<Letter?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every letter, oldest first.</summary>
    Task<IReadOnlyList<Letter>> GetAllAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The sentences that best match the words, best first (BM25).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string words, int limit, CancellationToken cancellationToken);

    /// <summary>Meetings (any alternative included) that end on or after the day, soonest first.</summary>
    Task<IReadOnlyList<LetterMeeting>> GetMeetingsEndingOnOrAfterAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Deadlines due on or after the day, soonest first.</summary>
    Task<IReadOnlyList<LetterDeadline>> GetDeadlinesDueOnOrAfterAsync(DateOnly day, CancellationToken cancellationToken);
}
