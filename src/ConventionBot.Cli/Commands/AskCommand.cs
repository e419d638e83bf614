using System.CommandLine;
using System.Text.Json;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Json;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot ask "&lt;question&gt;" [--today] [--json]</c>: the bot's answer in the terminal, from the same engine.</summary>
public static class AskCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var question = new Argument<string>("question") { Description = "As a delegate would type it." };
        var json = new Option<bool>("--json") { Description = "Write {answer, intent, meeting, facts, citations, answered}." };
        var command = new Command("ask", "Answer a question from the letters, citing them.") { question, options.Today, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (options.ResolveToday(parse) is not { } today)
                return UpcomingCommand.BadToday(console, parse, options);
            var store = await options.OpenStoreAsync(parse, cancellationToken);
            var engine = new AnswerEngine(await FactIndex.LoadAsync(store, cancellationToken));
            var answer = engine.Ask(parse.GetValue(question)!, today);
            if (parse.GetValue(json))
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new
                {
                    answer = answer.Text,
                    intent = answer.Intent,
                    meeting = answer.Meeting,
                    facts = answer.Facts,
                    citations = answer.Citations.Select(c => new { letter = c.Letter, date = c.Date, author = c.Author, role = c.Role, sentence = c.Sentence }),
                    answered = answer.Answered,
                    choices = answer.Choices,
                }, LetterJson.Indented));
                return 0;
            }
            console.WriteLine(answer.Text);
            foreach (var citation in answer.Citations)
                console.MarkupLine($"[grey]— letter of {citation.Date:d MMMM yyyy}, {Markup.Escape(citation.Author ?? "")}, {Markup.Escape(citation.Role ?? "")}: “{Markup.Escape(citation.Sentence)}”[/]");
            return 0;
        });
        return command;
    }
}
