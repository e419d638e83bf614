using System.Text.Json.Nodes;
using ConventionBot.Cards.Templating;

namespace ConventionBot.Cards.Tests.Templating;

public sealed class TemplateExpanderTests
{
    private static JsonNode? Expand(string template, string data) => TemplateExpander.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data));

    [Theory]
    [InlineData("""{"v":"${n > 1}"}""", """{"v":true}""")]
    [InlineData("""{"v":"${n + 1}"}""", """{"v":3}""")]
    [InlineData("""{"v":"${n * 2 == 4 && !flag}"}""", """{"v":true}""")]
    [InlineData("""{"v":"${1 + 2 * 3}"}""", """{"v":7}""")]
    [InlineData("""{"v":"${(1 + 2) * 3}"}""", """{"v":9}""")]
    [InlineData("""{"v":"${n <= 2}"}""", """{"v":true}""")]
    [InlineData("""{"v":"${name != 'Ann'}"}""", """{"v":false}""")]
    [InlineData("""{"v":"${if(flag, 'yes', 'no')}"}""", """{"v":"no"}""")]
    [InlineData("""{"v":"${join(list, ', ', ' and ')}"}""", """{"v":"a, b and c"}""")]
    [InlineData("""{"v":"${count(list)} items"}""", """{"v":"3 items"}""")]
    [InlineData("""{"v":"${list[1]}"}""", """{"v":"b"}""")]
    [InlineData("""{"v":"${empty(none)} ${exists(name)}"}""", """{"v":"true true"}""")]
    [InlineData("""{"v":"${toUpper(name)}-${length(name)}"}""", """{"v":"ANN-3"}""")]
    public void Expressions_evaluate_with_the_usual_precedence_and_types(string template, string expected)
    {
        var data = """{"n":2,"flag":false,"name":"Ann","list":["a","b","c"],"none":null}""";

        Assert.Equal(expected, Expand(template, data)!.ToJsonString());
    }

    [Fact]
    public void An_array_in_data_repeats_the_element_with_its_index_and_the_root_in_reach()
    {
        var card = Expand("""{"body":[{"$data":"${people}","text":"${$index}. ${name} of ${$root.team}"}]}""",
            """{"team":"ISU","people":[{"name":"Ann"},{"name":"Bo"}]}""");

        Assert.Equal("""{"body":[{"text":"0. Ann of ISU"},{"text":"1. Bo of ISU"}]}""", card!.ToJsonString());
    }

    [Fact]
    public void When_false_drops_the_element_and_keeps_the_index_of_the_others()
    {
        var card = Expand("""{"body":[{"$data":"${items}","$when":"${show}","text":"${$index}"}]}""",
            """{"items":[{"show":true},{"show":false},{"show":true}]}""");

        Assert.Equal("""{"body":[{"text":0},{"text":2}]}""", card!.ToJsonString());
    }

    [Fact]
    public void A_path_that_names_nothing_is_left_as_written()
    {
        var card = Expand("""{"a":"${missing}","b":"x ${missing.deeper} y"}""", "{}");

        Assert.Equal("""{"a":"${missing}","b":"x ${missing.deeper} y"}""", card!.ToJsonString());
    }

    [Fact]
    public void A_single_expression_keeps_its_type()
    {
        var card = Expand("""{"n":"${n}","o":"${o}","s":"${n}!"}""", """{"n":2,"o":{"k":[1]}}""");

        Assert.Equal("""{"n":2,"o":{"k":[1]},"s":"2!"}""", card!.ToJsonString());
    }

    [Theory]
    [InlineData("${nosuch(1)}", "nosuch")]
    [InlineData("${1 +}", "ends too soon")]
    [InlineData("${name.}", "a property name must follow")]
    [InlineData("${if(1, 2)}", "if() takes 3")]
    public void A_bad_expression_is_a_clear_error(string expression, string message)
    {
        var error = Assert.Throws<TemplateException>(() => Expand($$"""{"v":"{{expression}}"}""", "{}"));

        Assert.Contains(message, error.Message);
    }
}
