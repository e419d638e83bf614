using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Storage;
using ConventionBot.Letters.Tests.Storage;

namespace ConventionBot.Letters.Tests.Ingestion;

public class LetterIngestorTests : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly SqliteLetterStore _store;

    public LetterIngestorTests()
    {
        _store = new SqliteLetterStore(_folder.File("store.db"));
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose() => _folder.Dispose();

    private Task<IReadOnlyList<IngestResult>> Ingest(params string[] paths) =>
        new LetterIngestor(_store).IngestAsync(paths, null, CancellationToken.None);

    [Fact]
    public async Task Ingesting_the_real_letters_again_changes_nothing()
    {
        var first = await Ingest(TestFiles.SharedLetters);
        var before = await _store.GetAllAsync(CancellationToken.None);

        var second = await Ingest(TestFiles.SharedLetters);

        Assert.Equal(5, first.Count(r => r.Status == IngestStatus.Added));
        Assert.All(second, r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        var after = await _store.GetAllAsync(CancellationToken.None);
        Assert.Equal(before.Select(l => (l.Id, l.ContentHash, l.Text)), after.Select(l => (l.Id, l.ContentHash, l.Text)));
        Assert.Equal(5, await _store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_folder_README_is_not_taken_for_a_letter()
    {
        var results = await Ingest(TestFiles.SharedLetters);

        Assert.DoesNotContain(results, r => Path.GetFileName(r.Path).StartsWith("README", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edited_letter_replaces_its_old_facts()
    {
        var path = _folder.Write("2027-02-01-notice.txt", "1 February 2027\n\nPlease register for the 2027 Intersessional Meetings by 1 May 2027.");
        await Ingest(path);
        File.WriteAllText(path, "1 February 2027\n\nPlease register for the 2027 Intersessional Meetings by 8 May 2027.");

        var result = Assert.Single(await Ingest(path));

        Assert.Equal(IngestStatus.Replaced, result.Status);
        var deadlines = await _store.GetDeadlinesDueOnOrAfterAsync(new DateOnly(2027, 1, 1), CancellationToken.None);
        Assert.Equal(new DateOnly(2027, 5, 8), Assert.Single(deadlines).Deadline.Due);
        Assert.Single(await _store.SearchAsync("register", 10, CancellationToken.None));
        await SqliteMigrationsTests.AssertIndexMatchesSentencesAsync(_store.Path);
    }

    [Fact]
    public async Task Bad_files_are_reported_and_skipped_while_the_rest_of_the_batch_is_stored()
    {
        await Ingest(TestFiles.SharedLetter("2017-04-12-intersessional-meetings-invitation.txt"));
        var empty = _folder.Write("empty.txt", "");
        var undated = _folder.Write("undated.txt", "Excellencies, we shall meet again.");
        var wrong = _folder.Write("letter.exe", "MZ");
        var binary = _folder.File("scan.md");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0, 0, 7]);
        var good = TestFiles.SharedLetter("2020-05-26-virtual-intersessional-meetings-invitation.txt");

        var results = await Ingest(empty, undated, wrong, binary, _folder.File("missing.txt"), good);

        Assert.Equal(
            [IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Added],
            results.Select(r => r.Status));
        Assert.All(results.Take(5), r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
        Assert.Equal(
            ["2017-04-12-intersessional-meetings-invitation", "2020-05-26-virtual-intersessional-meetings-invitation"],
            (await _store.GetAllAsync(CancellationToken.None)).Select(l => l.Id));
    }
}
