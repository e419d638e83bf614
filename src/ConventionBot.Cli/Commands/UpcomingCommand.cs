using System.CommandLine;
using System.Globalization;
using ConventionBot.Letters.Agenda;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot upcoming [--today YYYY-MM-DD]</c>: meetings and deadlines still to come, soonest first.</summary>
public static class UpcomingCommand
{
    public const string ClockKey = "ConventionBot:Clock:Today";

    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var today = new Option<string?>("--today") { Description = "Take this day (YYYY-MM-DD) as today. Default: ConventionBot__Clock__Today, else the system date." };
        var command = new Command("upcoming", "Upcoming meetings and deadlines, soonest first.") { today };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var todayText = parse.GetValue(today) ?? options.Configuration[ClockKey];
            DateOnly day;
            if (todayText is null)
                day = DateOnly.FromDateTime(DateTime.Today);
            else if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                console.MarkupLine($"[red]error:[/] '{Markup.Escape(todayText)}' is not a date of the form YYYY-MM-DD.");
                return 2;
            }
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
                    item.Meeting?.Status.ToString().ToLowerInvariant() ?? "deadline",
                    Markup.Escape($"{item.Letter.Date:d MMMM yyyy}, {item.Letter.Author}"));
            console.Write(table);
            return 0;
        });
        return command;
    }
}
