using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Cli.Tests.Commands;

/// <summary>The commands a secretariat staff member runs from a terminal, end to end on a real SQLite file.</summary>
public class CommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-cli-").FullName;

    private string Db => Path.Combine(_folder, "letters.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<(int ExitCode, string Output)> Run(params string[] args) =>
        CliRun.RunAsync(new Dictionary<string, string?>(), ["--db", Db, .. args]);

    [Fact]
    public async Task Ingesting_the_samples_then_asking_what_is_upcoming_lists_the_2027_meetings_soonest_first()
    {
        var (ingestCode, ingestOutput) = await Run("ingest", CliRun.SampleLetters);
        var (code, output) = await Run("upcoming", "--today", "2026-11-23");

        Assert.Equal(0, ingestCode);
        Assert.Contains("4 added, 0 replaced, 0 unchanged, 0 failed.", ingestOutput);
        Assert.Contains("2026-11-20-2027-intersessional-meetings-invitation.md — 20 November 2026, 2 meetings, 2 deadlines", ingestOutput);
        Assert.Equal(0, code);
        var registration = output.IndexOf("Registration for the 2027 Intersessional Meetings", StringComparison.Ordinal);
        var meeting = output.IndexOf("16–18 June 2027", StringComparison.Ordinal);
        Assert.True(registration > 0 && meeting > registration, output);
        Assert.DoesNotContain("2017", output);
    }

    [Fact]
    public async Task A_bad_file_is_reported_the_others_are_ingested_and_the_exit_code_says_so()
    {
        var bad = Path.Combine(_folder, "broken.pdf");
        await File.WriteAllTextAsync(bad, "not a pdf at all");

        var (code, output) = await Run("ingest", bad, Path.Combine(CliRun.SharedLetters, "2017-04-12-intersessional-meetings-invitation.txt"));

        Assert.Equal(1, code);
        Assert.Contains("failed    broken.pdf: the file is not a readable PDF document", output);
        Assert.Contains("1 added, 0 replaced, 0 unchanged, 1 failed.", output);
    }

    [Fact]
    public async Task Facts_as_JSON_have_the_documented_shape_with_ISO_dates()
    {
        await Run("ingest", CliRun.SharedLetters);

        var (code, output) = await Run("facts", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var letters = json.RootElement.GetProperty("letters");
        Assert.Equal(5, letters.GetArrayLength());
        var letter = letters.EnumerateArray().Single(l => l.GetProperty("id").GetString() == "2017-04-12-intersessional-meetings-invitation");
        Assert.Equal("2017-04-12", letter.GetProperty("date").GetString());
        Assert.Equal("Thomas Hajnoczi", letter.GetProperty("author").GetString());
        var meeting = letter.GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "intersessional");
        Assert.Equal(("2017-06-08", "2017-06-09"), (meeting.GetProperty("start").GetString(), meeting.GetProperty("end").GetString()));
        Assert.Equal("Geneva", meeting.GetProperty("venue").GetProperty("city").GetString());
        Assert.Equal("inPerson", meeting.GetProperty("format").GetString());
        Assert.Equal("confirmed", meeting.GetProperty("status").GetString());
        Assert.Equal(0, meeting.GetProperty("alternatives").GetArrayLength());
        Assert.StartsWith("Intersessional meetings", meeting.GetProperty("source").GetProperty("text").GetString());
        var deadline = letter.GetProperty("deadlines")[0];
        Assert.Equal("2017-05-31", deadline.GetProperty("due").GetString());
        Assert.Equal("2017 Intersessional Meetings", deadline.GetProperty("meeting").GetString());
        Assert.Equal("www.apminebanconvention.org", deadline.GetProperty("how").GetString());
        var plan = letter.GetProperty("actionPlans")[0];
        Assert.Equal(("Maputo Action Plan", 2014, 2019), (plan.GetProperty("name").GetString(), plan.GetProperty("start").GetInt32(), plan.GetProperty("end").GetInt32()));
        Assert.True(letter.GetProperty("contacts").GetArrayLength() > 0);
        Assert.True(letter.GetProperty("documents").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_prints_the_matching_sentence_with_its_letter()
    {
        await Run("ingest", CliRun.SharedLetters);

        var (code, output) = await Run("search", "baseline indicators Oslo");

        Assert.Equal(0, code);
        Assert.Contains("a baseline value for all indicators", output);
        Assert.Contains("26 May 2020, Osman Abufatima Adam Mohammed", output);
    }

    [Fact]
    public async Task The_store_path_comes_from_configuration_when_no_db_option_is_given()
    {
        var settings = new Dictionary<string, string?> { ["ConventionBot:Storage:Path"] = Path.Combine(_folder, "configured", "store.db") };

        var (code, _) = await CliRun.RunAsync(settings, "ingest", Path.Combine(CliRun.SharedLetters, "2011-04-20-intersessional-work-programme-invitation.txt"));

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_folder, "configured", "store.db")));
    }

    [Fact]
    public async Task Ask_answers_with_the_documented_JSON_shape()
    {
        await Run("ingest", CliRun.SampleLetters);

        var (code, output) = await Run("ask", "wen do i need to register by", "--today", "2026-11-23", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("registrationDeadline", root.GetProperty("intent").GetString());
        Assert.Equal("2027 Intersessional Meetings", root.GetProperty("meeting").GetString());
        Assert.Contains("28 May 2027", root.GetProperty("answer").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal("2026-11-20-2027-intersessional-meetings-invitation", citation.GetProperty("letter").GetString());
        Assert.Equal("2026-11-20", citation.GetProperty("date").GetString());
        Assert.Contains("register for the June meetings", citation.GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task Ask_says_so_when_the_letters_do_not()
    {
        await Run("ingest", CliRun.SampleLetters);

        var (_, output) = await Run("ask", "is there a hotel discount", "--today", "2026-11-23", "--json");

        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task A_today_that_is_not_a_date_is_an_error()
    {
        var (code, output) = await Run("upcoming", "--today", "23/11/2026");

        Assert.Equal(2, code);
        Assert.Contains("is not a date of the form YYYY-MM-DD", output);
    }
}
