using System.CommandLine;
using ConventionBot.Letters.Ingestion;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary><c>conventionbot ingest &lt;file-or-folder&gt;...</c>: a line per letter; exit code 1 when any file failed.</summary>
public static class IngestCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var paths = new Argument<string[]>("file-or-folder") { Arity = ArgumentArity.OneOrMore, Description = "Letters (.txt .md .docx .pdf .html) or folders of them." };
        var command = new Command("ingest", "Read letters into the store and extract their facts.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await options.OpenStoreAsync(parse, cancellationToken);
            var ingestor = new LetterIngestor(store);
            var files = ingestor.ExpandPaths(parse.GetValue(paths)!).ToList();
            IReadOnlyList<IngestResult> results = [];
            await console.Progress()
                .AutoClear(true)
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting letters", maxValue: Math.Max(1, files.Count));
                    results = await ingestor.IngestAsync(files, new Progress<IngestResult>(_ => task.Increment(1)), cancellationToken);
                });
            foreach (var result in results)
                console.MarkupLine(Describe(result));
            var failed = results.Count(r => r.Status == IngestStatus.Failed);
            console.MarkupLine(
                $"{results.Count(r => r.Status == IngestStatus.Added)} added, {results.Count(r => r.Status == IngestStatus.Replaced)} replaced, " +
                $"{results.Count(r => r.Status == IngestStatus.Unchanged)} unchanged, {failed} failed.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static string Describe(IngestResult result)
    {
        var file = Markup.Escape(Path.GetFileName(result.Path));
        if (result.Status == IngestStatus.Failed)
            return $"[red]failed[/]    {file}: {Markup.Escape(result.Error ?? "unknown error")}";
        var line = $"{result.Status.ToString().ToLowerInvariant(),-9} {file}";
        if (result.Status != IngestStatus.Unchanged)
            line += $" — {result.LetterDate:d MMMM yyyy}, {Plural(result.Meetings, "meeting")}, {Plural(result.Deadlines, "deadline")}";
        foreach (var warning in result.Warnings ?? [])
            line += $"\n          [yellow]warning:[/] {Markup.Escape(warning)}";
        return line;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
