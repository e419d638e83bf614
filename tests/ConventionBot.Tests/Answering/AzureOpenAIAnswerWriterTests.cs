using ConventionBot.Tests.Bot;

namespace ConventionBot.Tests.Answering;

/// <summary>Generative phrasing through the bot's endpoint, against a local server speaking Azure OpenAI's wire format.</summary>
public sealed class AzureOpenAIAnswerWriterTests : IAsyncLifetime
{
    private const string Extractive = "Registration for the 2027 Intersessional Meetings (16–18 June 2027, Geneva) is due by 28 May 2027";

    private readonly FakeAzureOpenAI _model = new();
    private readonly BotHost _host;

    public AzureOpenAIAnswerWriterTests() => _host = new BotHost(new()
    {
        ["AzureOpenAI:Endpoint"] = _model.Endpoint.ToString(),
        ["AzureOpenAI:Deployment"] = "answers",
        ["AzureOpenAI:ApiKey"] = "test-key",
        ["AzureOpenAI:TimeoutSeconds"] = "3",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _model.DisposeAsync();
    }

    private async Task<string> AskRegistrationAsync() =>
        Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is registration due?"))).Summary!;

    private string CitedLetter()
    {
        var prompt = _model.Requests.First().Body["messages"]![1]!["content"]!.GetValue<string>();
        var start = prompt.IndexOf("[letter:", StringComparison.Ordinal);
        return prompt[(start + "[letter:".Length)..prompt.IndexOf(']', start)];
    }

    [Fact]
    public async Task A_grounded_answer_is_sent_as_the_model_phrased_it()
    {
        _model.Reply = () => $"Please register by 28 May 2027 for the Intersessional Meetings of 16–18 June 2027 in Geneva [letter:{CitedLetter()}].";

        var said = await AskRegistrationAsync();

        Assert.Equal("Please register by 28 May 2027 for the Intersessional Meetings of 16–18 June 2027 in Geneva.", said);
        var (deployment, key, version, body) = Assert.Single(_model.Requests);
        Assert.Equal("answers", deployment);
        Assert.Equal("test-key", key);
        Assert.False(string.IsNullOrEmpty(version));
        var user = body["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("Question: when is registration due?", user);
        Assert.Contains("I would ask that you register", user);
        Assert.Equal("system", body["messages"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answer_with_an_invented_date_is_rejected_for_the_extractive_one()
    {
        _model.Reply = () => $"Please register by 30 May 2027 [letter:{CitedLetter()}].";

        Assert.StartsWith(Extractive, await AskRegistrationAsync());
    }

    [Fact]
    public async Task An_answer_citing_a_letter_it_was_not_given_is_rejected()
    {
        _model.Reply = () => "Please register by 28 May 2027 [letter:some-other-letter].";

        Assert.StartsWith(Extractive, await AskRegistrationAsync());
    }

    [Fact]
    public async Task A_model_too_slow_to_answer_gives_way_to_the_extractive_answer()
    {
        _model.Delay = TimeSpan.FromSeconds(10);
        _model.Reply = () => $"Please register by 28 May 2027 [letter:{CitedLetter()}].";

        Assert.StartsWith(Extractive, await AskRegistrationAsync());
    }

    [Fact]
    public async Task A_throttled_model_gives_way_to_the_extractive_answer_after_one_retry()
    {
        _model.Reply = () => null;

        Assert.StartsWith(Extractive, await AskRegistrationAsync());
        Assert.Equal(2, _model.Requests.Count);
    }

    [Fact]
    public async Task An_answer_the_letters_do_not_give_is_never_sent_to_the_model()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("quantum chromodynamics")));

        Assert.StartsWith("The letters do not say.", reply.Summary);
        Assert.Empty(_model.Requests);
    }
}
