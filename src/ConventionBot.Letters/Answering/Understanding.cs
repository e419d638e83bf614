using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Answering;

/// <summary>
/// Which meeting a question names, as far as it names one: "12MSP" (kind and number), "the 2017 intersessional"
/// (kind and year), "the June meetings" (month), "the review conference" (kind only), "the informal meeting for
/// the 24MSP" (a preparatory meeting <see cref="ForMeeting"/> an MSP).
/// </summary>
public sealed record MeetingQuery(MeetingKind? Kind, int? Number, int? Year, int? Month, bool Informal, int? ForMeeting = null)
{
    public bool IsEmpty => Kind is null && Number is null && Year is null && Month is null && !Informal;
}

/// <summary>What a question asks (<see cref="Intent"/>), about what, and the words left for searching.</summary>
public sealed record Understanding(Intent Intent, MeetingQuery Meeting, string? ActionPlan, RelativeTime Relative, IReadOnlyList<string> Words);

public enum RelativeTime { None, Next, Last, ThisYear }
