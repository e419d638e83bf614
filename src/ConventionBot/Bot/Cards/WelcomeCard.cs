using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards;

namespace ConventionBot.Bot.Cards;

/// <summary>
/// The greeting: what the bot does and three example questions as buttons. Each button is an Action.Submit that
/// Teams turns into the question as a message (<c>msteams.imBack</c>); other clients send its data, which carries
/// the question too.
/// </summary>
public static class WelcomeCard
{
    public static readonly string[] ExampleQuestions = ["When is registration due?", "Where is the June meeting?", "What is the Siem Reap-Angkor Action Plan?"];

    public const string FallbackText =
        "Hello! I answer questions about the Convention's meetings, deadlines and action plans from the President's and the ISU's letters, and I always say which letter I am quoting. Try: When is registration due?";

    public static Attachment Create() => CardAttachment.From("welcome", new
    {
        Title = "Hello, I am ConventionBot",
        Introduction = "I answer questions about upcoming meetings, deadlines and action plans from the letters of the Presidents and the " +
                       "Implementation Support Unit, and I always say which letter I am quoting. Type **help** at any time.",
        FallbackText,
        Examples = ExampleQuestions,
    });
}
