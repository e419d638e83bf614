using System.CommandLine;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot search "&lt;words&gt;"</c>: the best-matching sentences with their letters.</summary>
public static class SearchCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var words = new Argument<string>("words") { Description = "What to look for." };
        var limit = new Option<int>("--limit") { Description = "How many passages at most.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Full-text search of the letters, best passages first.") { words, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await options.OpenStoreAsync(parse, cancellationToken);
            var hits = await store.SearchAsync(parse.GetValue(words)!, Math.Clamp(parse.GetValue(limit), 1, 100), cancellationToken);
            if (hits.Count == 0)
            {
                console.MarkupLine("No passage of the letters matches those words.");
                return 0;
            }
            var table = new Table().AddColumns("Score", "Letter", "Sentence");
            foreach (var hit in hits)
                table.AddRow(
                    hit.Score.ToString("0.00"),
                    Markup.Escape($"{hit.Letter.Date:d MMMM yyyy}, {hit.Letter.Author}\n{hit.Letter.File}"),
                    Markup.Escape(hit.Sentence.Text));
            console.Write(table);
            return 0;
        });
        return command;
    }
}
