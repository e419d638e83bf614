using System.Text.Json.Nodes;

namespace ConventionBot.Cards.Tests;

/// <summary>The three checks every card template passes with its sample data.</summary>
public sealed class CardTemplateTests(OfficialCardTools tools) : IClassFixture<OfficialCardTools>
{
    public static TheoryData<string> Templates => new(CardTemplate.All);

    [Fact]
    public void Every_template_has_sample_data()
    {
        Assert.NotEmpty(CardTemplate.All);
        Assert.All(CardTemplate.All, name => Assert.True(File.Exists(OfficialCardTools.TemplatePath(name).Replace(".json", ".sample.json")), name));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Our_expansion_equals_the_official_templating_engines(string name)
    {
        var result = tools.Results[name];
        Assert.True(JsonNode.DeepEquals(result.Official, result.Ours),
            $"ours:\n{result.Ours.ToJsonString()}\nofficial:\n{result.Official?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_expanded_card_is_valid_against_the_Adaptive_Card_1_5_schema(string name)
    {
        var result = tools.Results[name];
        Assert.Empty(result.SchemaErrors);
        Assert.Equal("1.5", result.Ours["version"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(result.Ours["fallbackText"]?.GetValue<string>()), "a card carries fallbackText");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_official_renderer_renders_the_card_without_errors(string name)
    {
        var result = tools.Results[name];
        Assert.Empty(result.RenderErrors);
        Assert.True(new FileInfo(result.Png).Length > 1000, $"{result.Png} holds a rendered card");
    }
}
