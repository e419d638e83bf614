using System.Text.Json;
using ConventionBot.Dialogs.Records;

namespace ConventionBot.Cli.Tests.Commands;

/// <summary><c>conventionbot export</c> over a store with records written by the record store the bot uses.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-export-").FullName;

    private string Db => Path.Combine(_folder, "bot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task SeedAsync()
    {
        var store = new SqliteRecordStore(Db);
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        await store.RegisterAsync("s1", new Registration("REG-A1", "intersessional-2027", "2027 Intersessional Meetings", "Amina Diallo", null, "Senegal",
            "State Party", "amina@example.org", null, "In person", "French", null, true, "29:u1", now), CancellationToken.None);
        await store.RegisterAsync("s2", new Registration("REG-B2", "msp-24", "Twenty-Fourth Meeting", "Lars Berg", "Counsellor", "Norway, Mission in Geneva",
            "State Party", "lars@example.org", null, "Online", "English", "Step-free access, please", false, "29:u2", now), CancellationToken.None);
        await store.SubmitInputAsync("s3", new InputSubmission("INP-C3", "Other", null, "ICBL", "We propose \"more\" time,\nplease.", ["https://example.org/a.pdf"],
            false, "29:u3", "Kim", now), CancellationToken.None);
    }

    [Fact]
    public async Task Registrations_export_as_csv_with_quoting_and_filter_by_meeting()
    {
        await SeedAsync();

        var (code, output) = await CliRun.RunAsync(new Dictionary<string, string?>(), "--db", Db, "export", "registrations", "--csv");
        var (_, filtered) = await CliRun.RunAsync(new Dictionary<string, string?>(), "--db", Db, "export", "registrations", "--meeting", "msp-24", "--csv");

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.StartsWith("reference,meeting,name,", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Norway, Mission in Geneva\"", output);
        Assert.Equal(2, filtered.TrimEnd().Split('\n').Length);
        Assert.Contains("REG-B2", filtered);
    }

    [Fact]
    public async Task Submissions_export_as_json_keep_text_exactly()
    {
        await SeedAsync();

        var (code, output) = await CliRun.RunAsync(new Dictionary<string, string?>(), "--db", Db, "export", "submissions", "--json");

        Assert.Equal(0, code);
        var input = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("We propose \"more\" time,\nplease.", input.GetProperty("text").GetString());
        Assert.Equal("INP-C3", input.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task An_unknown_kind_of_export_is_refused()
    {
        var (code, _) = await CliRun.RunAsync(new Dictionary<string, string?>(), "--db", Db, "export", "passwords");

        Assert.NotEqual(0, code);
    }
}
