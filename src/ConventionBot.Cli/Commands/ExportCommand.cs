using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ConventionBot.Dialogs.Records;
using ConventionBot.Letters.Json;
using ConventionBot.Letters.Storage;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary>
/// <c>conventionbot export registrations|submissions [--meeting KEY] [--csv|--json]</c>: what delegates registered and
/// sent, for staff — a table by default, CSV (RFC 4180) or JSON to hand on.
/// </summary>
public static class ExportCommand
{
    public static Command Create(IAnsiConsole console, CommonOptions options)
    {
        var what = new Argument<string>("what") { Description = "registrations or submissions" };
        what.AcceptOnlyFromAmong("registrations", "submissions");
        var meeting = new Option<string?>("--meeting") { Description = "Only this meeting (its key, e.g. intersessional-2027) or, for submissions, this subject." };
        var csv = new Option<bool>("--csv") { Description = "Comma-separated values, a header line first." };
        var json = new Option<bool>("--json") { Description = "A JSON array." };
        var command = new Command("export", "Registrations or inputs to the President, for staff.") { what, meeting, csv, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var records = new SqliteRecordStore(StorePath.Resolve(parse.GetValue(options.Database), options.Configuration));
            var rows = parse.GetValue(what) == "registrations"
                ? (await records.ListRegistrationsAsync(parse.GetValue(meeting), cancellationToken)).Select(RegistrationRow).ToList()
                : (await records.ListInputsAsync(parse.GetValue(meeting), cancellationToken)).Select(InputRow).ToList();
            var columns = parse.GetValue(what) == "registrations" ? RegistrationColumns : InputColumns;
            if (parse.GetValue(json))
                console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows.Select(r => columns.Zip(r).ToDictionary(p => p.First, p => p.Second)), LetterJson.Indented));
            else if (parse.GetValue(csv))
                foreach (var line in rows.Prepend(columns).Select(r => string.Join(",", r.Select(Csv))))
                    console.Profile.Out.Writer.WriteLine(line);
            else
            {
                var table = new Table().AddColumns(columns.Select(Markup.Escape).ToArray());
                foreach (var row in rows)
                    table.AddRow(row.Select(cell => Markup.Escape(cell.Length > 60 ? cell[..60] + "…" : cell)).ToArray());
                console.Write(table);
            }
            return 0;
        });
        return command;
    }

    private static readonly string[] RegistrationColumns =
        ["reference", "meeting", "name", "title", "delegation", "category", "email", "phone", "attendance", "language", "accessibility", "sponsorship", "registered", "updated"];

    private static readonly string[] InputColumns = ["reference", "subject", "due", "late", "delegation", "text", "links", "user", "received"];

    private static string[] RegistrationRow(Registration r) =>
    [
        r.Reference, r.MeetingKey, r.Name, r.Title ?? "", r.Delegation, r.Category, r.Email, r.Phone ?? "", r.Attendance, r.Language,
        r.Accessibility ?? "", r.SponsorshipRequested ? "requested" : "", Time(r.CreatedAt), r.UpdatedAt is { } u ? Time(u) : "",
    ];

    private static string[] InputRow(InputSubmission s) =>
    [
        s.Reference, s.Subject, s.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", s.Late ? "late" : "", s.Delegation, s.Text,
        string.Join(" ", s.Links), s.UserName ?? s.UserId, Time(s.CreatedAt),
    ];

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.</summary>
    private static string Csv(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
