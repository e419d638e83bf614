using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ConventionBot.Cards;

namespace ConventionBot.Bench;

/// <summary>Expanding the answer card, the one card of nearly every turn, against its sample data: time and bytes allocated.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private readonly CardTemplate _answer = CardTemplate.Named("answer");
    private readonly JsonNode _data = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "answer.sample.json")))!;

    [Benchmark]
    public int ExpandAnswerCard() => _answer.ExpandJson(_data).Count;
}
