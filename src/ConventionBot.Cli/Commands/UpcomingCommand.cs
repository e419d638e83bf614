using System.CommandLine;
using ConventionBot.Letters.Agenda;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot upcoming [--today YYYY-MM-DD]</c>: meetings and deadlines still to come, soonest first.</summary>
public static class UpcomingCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var command = new Command("upcoming", "Upcoming meetings and deadlines, soonest first.") { options.Today };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (options.ResolveToday(parse) is not { } day)
                return BadToday(console, parse, options);
            var store = await options.OpenStoreAsync(parse, cancellationToken);
            var items = await UpcomingAgenda.BuildAsync(store, day, cancellationToken);
            if (items.Count == 0)
            {
                console.MarkupLine($"Nothing upcoming on or after {day:d MMMM yyyy} in the letters.");
                return 0;
            }
            var table = new Table().AddColumns("When", "What", "Status", "Letter");
            foreach (var item in items)
                table.AddRow(
                    Markup.Escape(item.When),
                    Markup.Escape(item.Title),
                    item.Status,
                    Markup.Escape($"{item.Letter.Date:d MMMM yyyy}, {item.Letter.Author}"));
            console.Write(table);
            return 0;
        });
        return command;
    }

    public static int BadToday(IAnsiConsole console, ParseResult parse, CommonOptions options)
    {
        var text = parse.GetValue(options.Today) ?? options.Configuration[CommonOptions.ClockKey];
        console.MarkupLine($"[red]error:[/] '{Markup.Escape(text ?? "")}' is not a date of the form YYYY-MM-DD.");
        return 2;
    }
}
