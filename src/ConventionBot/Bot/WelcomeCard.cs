using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Bot;

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

    public static Attachment Create() => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = BotJson.ToElement(new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = FallbackText,
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Hello, I am ConventionBot", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["wrap"] = true,
                    ["text"] = "I answer questions about upcoming meetings, deadlines and action plans from the letters of the Presidents and the Implementation Support Unit, and I always say which letter I am quoting. Type **help** at any time.",
                }),
            ["actions"] = new JsonArray(ExampleQuestions.Select(Button).ToArray<JsonNode?>()),
        }),
    };

    private static JsonObject Button(string question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = question,
        ["data"] = new JsonObject
        {
            ["question"] = question,
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = question },
        },
    };
}
