using System.Text.RegularExpressions;
using ConventionBot.Dialogs.Announcements;
using ConventionBot.Dialogs.Input;
using ConventionBot.Dialogs.Registration;

namespace ConventionBot.Bot;

/// <summary>
/// Messages that ask to do something rather than to know something: "register", "sign me up for the June meetings",
/// "I want to send input to the President", "comments on the draft Geneva Progress Report". Questions about
/// registration ("when is registration due?") are questions, and go to the answering engine.
/// </summary>
public static partial class DialogIntents
{
    /// <summary>"remind me about deadlines", "send me reminders".</summary>
    public static bool IsRemindMe(string text) => RemindMe().IsMatch(text.Trim().ToLowerInvariant());

    /// <summary>"stop reminders", "no more reminders".</summary>
    public static bool IsStopReminders(string text) => StopReminders().IsMatch(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"^(please\s+)?(remind\s+me|send\s+me\s+reminders|i\s+(want|would\s+like)\s+reminders)\b")]
    private static partial Regex RemindMe();

    [GeneratedRegex(@"\b(stop|no\s+more|cancel|unsubscribe\s+from)\s+(the\s+|my\s+)?(deadline\s+)?reminders?\b")]
    private static partial Regex StopReminders();

    /// <summary>A question, even in the middle of a dialog: it is answered, and the dialog waits.</summary>
    public static bool IsQuestion(string text) => Question().IsMatch(text.Trim().ToLowerInvariant());

    /// <summary>The dialog a message asks for, or null when it is a question.</summary>
    public static string? DialogFor(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (IsQuestion(t))
            return null;
        if (Announce().IsMatch(t))
            return AnnouncementDialog.Name;
        if (Registration().IsMatch(t))
            return RegistrationDialog.Name;
        return Input().IsMatch(t) ? InputDialog.Name : null;
    }

    /// <summary>Question words anywhere ("wen do i need to register by" is a question, typo and all), or a question mark.</summary>
    [GeneratedRegex(@"^(is|are|does|do|did|was|were|can|could|should)\b|\b(when|wen|whn|where|what|whats|which|who|how|deadline|due|until|by\s+when)\b|\?$")]
    private static partial Regex Question();

    [GeneratedRegex(@"^(please\s+)?(announce|post\s+an?\s+announcement)\b")]
    private static partial Regex Announce();

    [GeneratedRegex(@"^(please\s+)?(register|sign\s+(me\s+|us\s+)?up|enrol|enroll)\b|\b(i|we)\s+(want|would\s+like|'d\s+like|wish|need)\s+to\s+(register|sign\s+up|enrol)\b")]
    private static partial Regex Registration();

    // "views on these dates" asks about the deadline for views; "comments on the draft report" offers comments.
    [GeneratedRegex(@"\b(send|submit|give|provide|share)\b.*\b(input|comments?|views|contribution)\b|^(my\s+)?(input|comments?)\s+(to|on|for)\b|\binput\s+to\s+the\s+president\b")]
    private static partial Regex Input();
}
