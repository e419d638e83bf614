using BenchmarkDotNet.Attributes;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Reading;

namespace ConventionBot.Bench;

/// <summary>Parsing one letter end to end: clean, sentence-split, extract every fact.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly LetterFileReader _reader = new();
    private byte[] _real = [];
    private byte[] _synthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        _real = File.ReadAllBytes(Path.Combine(FindShared(), "letters", "2012-05-31-12msp-preparations.txt"));
        _synthetic = System.Text.Encoding.UTF8.GetBytes(SyntheticLetters.Generate(1).First().Text);
    }

    [Benchmark]
    public int RealLetter() => LetterParser.Parse(_reader, "2012-05-31-12msp-preparations.txt", _real).Facts.Meetings.Count;

    [Benchmark]
    public int SyntheticLetter() => LetterParser.Parse(_reader, "2020-01-01-synthetic.md", _synthetic).Facts.Meetings.Count;

    private static string FindShared()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, "shared", "letters")))
                return Path.Combine(folder.FullName, "shared");
        throw new InvalidOperationException("shared/letters not found");
    }
}
