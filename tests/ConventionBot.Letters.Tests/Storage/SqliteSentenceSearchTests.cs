using System.Text.RegularExpressions;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Storage;
using Microsoft.Data.Sqlite;

namespace ConventionBot.Letters.Tests.Storage;

public class SqliteSentenceSearchTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteLetterStore> StoreOfAsync(params string[] paths)
    {
        var store = new SqliteLetterStore(_folder.File("store.db"));
        await store.InitializeAsync(CancellationToken.None);
        await new LetterIngestor(store).IngestAsync(paths, null, CancellationToken.None);
        return store;
    }

    /// <summary>FTS5's own bm25() of each sentence matching the word, by sentence text.</summary>
    private static async Task<Dictionary<string, double>> Fts5Bm25Async(SqliteLetterStore store, string word)
    {
        await using var connection = new SqliteConnection($"Data Source={store.Path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(
            "SELECT s.text, -bm25(sentences_fts) FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid WHERE sentences_fts MATCH $word", connection);
        command.Parameters.AddWithValue("$word", $"\"{word}\"");
        var scores = new Dictionary<string, double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            scores[reader.GetString(0)] = reader.GetDouble(1);
        return scores;
    }

    private static bool HoldsOnce(string text, string word) => Regex.Matches(text, $@"\b{word}\b", RegexOptions.IgnoreCase).Count == 1;

    [Theory]
    [InlineData("Maputo")]
    [InlineData("Oslo")]
    [InlineData("Geneva")]
    public async Task Scores_equal_fts5_bm25_for_sentences_that_hold_the_word_once(string word)
    {
        var store = await StoreOfAsync(TestFiles.SharedLetters, TestFiles.SampleLetters);
        var fts5 = await Fts5Bm25Async(store, word);

        var hits = await store.SearchAsync(word, 100, CancellationToken.None);

        Assert.Equal(fts5.Count, hits.Count);
        var once = hits.Where(h => HoldsOnce(h.Sentence.Text, word)).ToList();
        Assert.NotEmpty(once);
        Assert.All(once, h => Assert.Equal(fts5[h.Sentence.Text], h.Score, 9));
    }

    [Fact]
    public async Task Word_counts_are_taken_again_after_letters_are_written()
    {
        var store = await StoreOfAsync(TestFiles.SharedLetters);
        var before = await store.SearchAsync("Maputo", 1, CancellationToken.None);
        _folder.Write("2026-03-02-maputo-note.txt", "2 March 2026\n\nThe Maputo meeting is confirmed. Maputo will host it. Maputo welcomes you.");
        await new LetterIngestor(store).IngestAsync([_folder.File("2026-03-02-maputo-note.txt")], null, CancellationToken.None);
        var fts5 = await Fts5Bm25Async(store, "Maputo");

        var after = await store.SearchAsync("Maputo", 100, CancellationToken.None);

        Assert.Equal(fts5.Count, after.Count);
        Assert.Contains(after, h => h.Letter.Id == "2026-03-02-maputo-note");
        // More sentences hold the word now, so it is worth less: a stale count would keep the old score.
        var same = after.Single(h => h.Sentence.Text == before[0].Sentence.Text);
        Assert.True(same.Score < before[0].Score);
        Assert.Equal(fts5[same.Sentence.Text], same.Score, 9);
    }

    [Fact]
    public async Task An_old_sentence_with_every_word_is_found_behind_more_than_a_window_of_newer_ones_with_some()
    {
        Directory.CreateDirectory(_folder.File("letters"));
        _folder.Write("letters/2001-01-10-old.txt", "10 January 2001\n\nThe meeting adopted the baseline survey.");
        for (var i = 0; i < SqliteSentenceSearch.RankingWindow + 100; i++)
            _folder.Write($"letters/2020-01-{i:D4}-new.txt", $"10 January 2020\n\nThe meeting number {i} took place.");
        var store = await StoreOfAsync(_folder.File("letters"));

        var hits = await store.SearchAsync("meeting baseline", 5, CancellationToken.None);

        Assert.Equal("2001-01-10-old", hits[0].Letter.Id);
        Assert.Equal(5, hits.Count);
    }

    [Fact]
    public async Task Sentences_with_more_of_the_words_rank_above_those_with_fewer()
    {
        var store = await StoreOfAsync(TestFiles.SharedLetters, TestFiles.SampleLetters);

        var hits = await store.SearchAsync("Oslo Action Plan baseline", 10, CancellationToken.None);

        var words = hits.Select(h => new[] { "Oslo", "Action", "Plan", "baseline" }.Count(w => h.Sentence.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.Equal(4, words[0]);
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }
}
