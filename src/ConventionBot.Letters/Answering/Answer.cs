using ConventionBot.Letters.Agenda;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Letters.Answering;

public enum Intent
{
    MeetingDates, Venue, Format, RegistrationDeadline, OtherDeadline, Upcoming, NextMeeting,
    ActionPlan, HowToRegister, Contact, Documents, WhoPresides, Search,
}

/// <summary>The letter a fact comes from, and the sentence quoted.</summary>
public sealed record Citation(string Letter, DateOnly? Date, string? Author, string? Role, string Sentence)
{
    public static Citation Of(LetterRef letter, SourceSentence sentence) =>
        new(letter.Id, letter.Date, letter.Author, letter.Role, sentence.Text.Replace('\n', ' '));
}

/// <summary>
/// An answer: the direct sentence first, then where it comes from. <see cref="Answered"/> is false when the letters
/// do not say — the text then says so and offers the nearest facts, never a date that no letter gives.
/// <see cref="Choices"/> is set when two meetings fit equally and the user must pick.
/// </summary>
public sealed record Answer(
    bool Answered,
    Intent Intent,
    string Text,
    string? Meeting,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Choices)
{
    /// <summary>The meeting the answer is about, when it is about one: what Register and Add to calendar act on.</summary>
    public Meeting? About { get; init; }

    /// <summary>For "what's coming up?": the items listed, soonest first, and how many more the letters hold.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    public int MoreOnAgenda { get; init; }

    /// <summary>True when a language model phrased <see cref="Text"/> from the cited letters, and the grounding guard passed it.</summary>
    public bool Generated { get; init; }

    public static Answer NotInLetters(Intent intent, string text, IReadOnlyList<Citation>? nearest = null, IReadOnlyList<string>? facts = null) =>
        new(false, intent, text, null, nearest ?? [], facts ?? [], []);
}
