using ConventionBot.Letters.Agenda;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Tests.Storage;

public class SqliteLetterStoreTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteLetterStore> StoreWithAllLettersAsync()
    {
        var store = new SqliteLetterStore(_folder.File("data/store.db"));
        await store.InitializeAsync(CancellationToken.None);
        await new LetterIngestor(store).IngestAsync([TestFiles.SharedLetters, TestFiles.SampleLetters], null, CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task The_store_is_created_on_first_use_and_initialising_again_keeps_its_letters()
    {
        var store = await StoreWithAllLettersAsync();
        var count = await store.CountAsync(CancellationToken.None);

        await new SqliteLetterStore(store.Path).InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(store.Path));
        Assert.Equal(count, await new SqliteLetterStore(store.Path).CountAsync(CancellationToken.None));
        await using var connection = new SqliteConnection($"Data Source={store.Path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT group_concat(version) FROM schema_migrations", connection);
        Assert.Equal("1,2", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_letter_reads_back_from_the_store_with_the_same_facts()
    {
        var store = await StoreWithAllLettersAsync();
        var parsed = TestFiles.ParseFile(TestFiles.SharedLetter("2012-05-31-12msp-preparations.txt"));

        var stored = await store.GetAsync(parsed.Id, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(parsed.Text, stored.Text);
        Assert.Equal(parsed.Sentences, stored.Sentences);
        Assert.Equal(parsed.Facts.Meetings.Select(m => m with { Aliases = [.. m.Aliases] }), stored.Facts.Meetings.Select(m => m with { Aliases = [.. m.Aliases] }), new MeetingComparer());
        Assert.Equal(parsed.Facts.Deadlines.Select(d => (d.Kind, d.What, d.Due, d.How)), stored.Facts.Deadlines.Select(d => (d.Kind, d.What, d.Due, d.How)));
    }

    [Fact]
    public async Task Search_ranks_the_sentence_that_shares_the_rarest_words_first()
    {
        var store = await StoreWithAllLettersAsync();

        var hits = await store.SearchAsync("Oslo Action Plan baseline", 5, CancellationToken.None);

        Assert.NotEmpty(hits);
        Assert.Contains("baseline", hits[0].Sentence.Text);
        Assert.Equal("2020-05-26-virtual-intersessional-meetings-invitation", hits[0].Letter.Id);
        Assert.Equal(new DateOnly(2020, 5, 26), hits[0].Letter.Date);
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) OR * AND -")]
    [InlineData("   ")]
    public async Task Search_words_are_never_taken_for_query_syntax(string words)
    {
        var store = await StoreWithAllLettersAsync();

        var hits = await store.SearchAsync(words, 5, CancellationToken.None);

        Assert.All(hits, h => Assert.False(string.IsNullOrEmpty(h.Sentence.Text)));
    }

    [Fact]
    public async Task Upcoming_lists_meetings_and_deadlines_on_or_after_today_soonest_first()
    {
        var store = await StoreWithAllLettersAsync();

        var agenda = await UpcomingAgenda.BuildAsync(store, new DateOnly(2026, 11, 23), CancellationToken.None);

        Assert.Equal(agenda.Select(a => a.Date).Order(), agenda.Select(a => a.Date));
        Assert.All(agenda, a => Assert.True((a.Meeting?.LatestEnd ?? a.Deadline!.Due) >= new DateOnly(2026, 11, 23)));
        Assert.DoesNotContain(agenda, a => a.Letter.Date!.Value.Year < 2026);
        var intersessional = Assert.Single(agenda, a => a.Meeting?.Key == "intersessional-2027");
        Assert.Equal(DateSpan.Days(new(2027, 6, 16), new(2027, 6, 18)), intersessional.Meeting!.Dates);
        Assert.Contains(agenda, a => a.Deadline?.Kind == DeadlineKind.Registration && a.Deadline.Due == new DateOnly(2027, 5, 28));
    }

    private sealed class MeetingComparer : IEqualityComparer<Meeting>
    {
        public bool Equals(Meeting? x, Meeting? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Dates == y.Dates && x.Alternatives.SequenceEqual(y.Alternatives)
            && x.Venue == y.Venue && x.Format == y.Format && x.Status == y.Status && x.Source == y.Source && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(Meeting obj) => obj.Key.GetHashCode();
    }
}
