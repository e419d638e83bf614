using System.CommandLine;
using System.Text.Json;
using ConventionBot.Letters.Json;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot facts [--json]</c>: every fact of every letter, as tables or as the documented JSON.</summary>
public static class FactsCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var json = new Option<bool>("--json") { Description = "Write the stable JSON shape instead of tables." };
        var command = new Command("facts", "List every fact extracted from the letters.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await options.OpenStoreAsync(parse, cancellationToken);
            var letters = await store.GetAllAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(FactsDocument.From(letters), LetterJson.Indented));
                return 0;
            }
            foreach (var letter in letters)
            {
                var facts = letter.Facts;
                console.Write(new Rule($"[bold]{Markup.Escape(letter.File)}[/] — {facts.Date:d MMMM yyyy}, {Markup.Escape(facts.Author ?? "unsigned")}, {Markup.Escape(facts.Role ?? "")}").LeftJustified());
                var table = new Table().AddColumns("Fact", "What", "When", "Details");
                foreach (var m in facts.Meetings)
                    table.AddRow("meeting", Markup.Escape(m.Name), Markup.Escape(m.Dates?.ToString() ?? "either " + string.Join(" or ", m.Alternatives)),
                        Markup.Escape(string.Join("; ", new[] { m.Status.ToString().ToLowerInvariant(), m.Format?.ToString(), m.Venue?.ToString(), m.Times?.ToString() }.Where(s => s is not null))));
                foreach (var d in facts.Deadlines)
                    table.AddRow("deadline", Markup.Escape(d.What), $"{d.Due:d MMMM yyyy}", Markup.Escape(d.How ?? ""));
                foreach (var p in facts.ActionPlans)
                    table.AddRow("action plan", Markup.Escape(p.Name), p.Start is null ? "" : $"{p.Start}–{p.End}", Markup.Escape(p.AdoptedAt ?? ""));
                foreach (var c in facts.Contacts)
                    table.AddRow("contact", Markup.Escape(c.Value), "", c.Kind.ToString());
                foreach (var d in facts.Documents)
                    table.AddRow("document", Markup.Escape(d.Title), Markup.Escape(d.When?.ToString() ?? d.WhenText ?? ""), d.Status.ToString().ToLowerInvariant());
                console.Write(table);
            }
            return 0;
        });
        return command;
    }
}
