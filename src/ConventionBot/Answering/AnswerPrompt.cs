using System.Globalization;
using System.Text;
using ConventionBot.Letters.Answering;
using OpenAI.Chat;

namespace ConventionBot.Answering;

/// <summary>
/// What the model is given: the rules, today's date, the question, the engine's answer and its facts, and the quoted
/// passages, each under the id of its letter. Nothing else — the model phrases, it does not know.
/// </summary>
public static class AnswerPrompt
{
    public const string NotInLetters = "NOT IN LETTERS";

    private const string Rules =
        "You phrase answers for delegates to an international disarmament convention. Use only the draft answer, the facts " +
        "and the letter passages you are given; add nothing from elsewhere. Answer in one or two plain sentences. Write every " +
        "date exactly as the passages give it. After each statement, cite the letter it comes from as [letter:ID] with the ID " +
        $"shown. If the passages do not answer the question, reply exactly: {NotInLetters}";

    public static List<ChatMessage> For(string question, Answer answer, DateOnly today)
    {
        var user = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Today is {today:d MMMM yyyy}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Question: {question}")
            .AppendLine(CultureInfo.InvariantCulture, $"Draft answer: {answer.Text}");
        if (answer.Facts.Count > 0)
            user.AppendLine("Facts: " + string.Join("; ", answer.Facts));
        user.AppendLine("Passages:");
        foreach (var citation in answer.Citations)
            user.AppendLine(CultureInfo.InvariantCulture, $"[letter:{citation.Letter}] (letter of {citation.Date:d MMMM yyyy}, {citation.Author}, {citation.Role}): \"{citation.Sentence}\"");
        return [new SystemChatMessage(Rules), new UserChatMessage(user.ToString())];
    }
}
