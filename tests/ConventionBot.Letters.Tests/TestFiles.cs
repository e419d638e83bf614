using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Reading;
using ConventionBot.Testing;

namespace ConventionBot.Letters.Tests;

/// <summary>Where the real letters (../shared/letters) and the sample letters (samples/letters) are, and a scratch folder.</summary>
public static class TestFiles
{
    public static string SharedLetters => RepositoryPaths.SharedLetters;

    public static string SampleLetters => RepositoryPaths.SampleLetters;

    public static string SharedLetter(string fileName) => Path.Combine(SharedLetters, fileName);

    public static Letter ParseFile(string path) => LetterParser.Parse(new LetterFileReader(), path, File.ReadAllBytes(path));

    /// <summary>One answering engine over every real and sample letter, shared by the tests that ask questions.</summary>
    public static AnswerEngine Answers => SharedAnswers.Value;

    private static readonly Lazy<AnswerEngine> SharedAnswers = new(() => new AnswerEngine(new FactIndex(AllLetters())));

    /// <summary>Every real and sample letter, parsed.</summary>
    private static IEnumerable<Letter> AllLetters() =>
        Directory.GetFiles(SharedLetters, "2*").Concat(Directory.GetFiles(SampleLetters)).Select(ParseFile);

    /// <summary>Parses text as if it were a .txt file of that name.</summary>
    public static Letter ParseText(string text, string fileName = "2026-01-01-test.txt") =>
        LetterParser.Parse(new LetterFileReader(), fileName, System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>A folder under the system temp folder, deleted when the test ends.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("conventionbot-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return File(name);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
