namespace ConventionBot.Tests.Bot;

/// <summary>Two meetings that fit a question equally: the bot asks which, with a button for each.</summary>
public sealed class ChoicesCardTests : IDisposable
{
    private readonly string _letters = Directory.CreateTempSubdirectory("conventionbot-letters-").FullName;
    private readonly BotHost _host;

    public ChoicesCardTests()
    {
        File.WriteAllText(Path.Combine(_letters, "2027-01-10-two-meetings.txt"), """
            10 January 2027

            Excellency,

            I have the honour to inform you that the Twenty-Fifth Meeting of the States Parties will take place on 3 March 2027 in Geneva.

            The informal preparatory meeting will also take place on 3 March 2027 in Geneva.

            Please accept, Excellency, the assurances of my highest consideration.
            """);
        _host = new BotHost(new() { ["ConventionBot:Letters:Path"] = _letters, ["ConventionBot:Clock:Today"] = "2027-01-15" });
    }

    public void Dispose()
    {
        _host.Dispose();
        Directory.Delete(_letters, recursive: true);
    }

    [Fact]
    public async Task Two_meetings_on_the_same_day_are_offered_as_choices_and_a_choice_answers()
    {
        var reply = Assert.Single(await _host.AskAsync(TeamsActivities.Message("when is the meeting")));

        Assert.StartsWith("Which meeting do you mean?", reply.Summary);
        var choices = Replies.Actions(reply);
        Assert.Equal(2, choices.Count);
        var question = choices[1].GetProperty("data").GetProperty("question").GetString()!;
        Assert.Equal(question, choices[1].GetProperty("data").GetProperty("msteams").GetProperty("value").GetString());

        var answer = Assert.Single(await _host.AskAsync(TeamsActivities.Message(question)));

        Assert.StartsWith($"The {choices[1].GetProperty("title").GetString()} takes place 3 March 2027", answer.Summary, StringComparison.OrdinalIgnoreCase);
    }
}
