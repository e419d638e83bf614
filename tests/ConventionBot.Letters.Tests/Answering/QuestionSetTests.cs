using ConventionBot.Letters.Answering;
using Xunit.Abstractions;

namespace ConventionBot.Letters.Tests.Answering;

/// <summary>
/// The question set (QuestionSet.txt): at least 95% answered right, and every question the letters cannot answer
/// answered "the letters do not say" — never with an invented fact. Misses are printed as a table.
/// </summary>
public class QuestionSetTests(ITestOutputHelper output)
{
    private sealed record Case(string Set, DateOnly Today, string Question, string[]? Expected)
    {
        public bool Unanswerable => Expected is null;
    }

    private static IReadOnlyList<Case> Cases() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Answering", "QuestionSet.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(p => new Case(p[0], DateOnly.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), p[2],
            p[3] == "-" ? null : p[3].Split(';', StringSplitOptions.TrimEntries)))
        .ToList();

    private static bool Correct(Case c, Answer answer) => c.Unanswerable
        ? !answer.Answered
        : answer.Answered && c.Expected!.All(e => answer.Text.Contains(e, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void The_set_has_the_size_and_mix_the_issue_asks_for()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 100, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.Unanswerable) >= 15);
        Assert.True(cases.Count(c => c.Set == "H") * 4 >= cases.Count, "a quarter is held out");
    }

    [Fact]
    public void At_least_95_percent_are_answered_right_and_no_answer_is_invented()
    {
        var cases = Cases();
        var misses = new List<(Case Case, Answer Answer)>();
        foreach (var c in cases)
        {
            var answer = TestFiles.Answers.Ask(c.Question, c.Today);
            if (!Correct(c, answer))
                misses.Add((c, answer));
        }
        output.WriteLine($"{cases.Count - misses.Count} of {cases.Count} right; misses:");
        foreach (var (c, answer) in misses)
            output.WriteLine($"| {c.Set} | {c.Today:yyyy-MM-dd} | {c.Question} | expected {(c.Unanswerable ? "(not in letters)" : string.Join("; ", c.Expected!))} | got [{answer.Intent}, answered={answer.Answered}] {answer.Text.Replace('\n', ' ')} |");
        Assert.DoesNotContain(misses, m => m.Case.Unanswerable);
        Assert.True((cases.Count - misses.Count) * 100 >= cases.Count * 95, $"{misses.Count} misses of {cases.Count}");
    }
}
