namespace ConventionBot.Letters.Tests.Answering;

/// <summary>"The meeting in December": any meeting with a day in that month, whatever its kind.</summary>
public class MeetingByMonthTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_meeting_that_ends_in_the_month_asked_for_is_found()
    {
        var answer = TestFiles.Answers.Ask("when is the meeting in december", Today);

        Assert.True(answer.Answered);
        Assert.Contains("23MSP", answer.Text);
        Assert.Contains("30 November – 4 December 2026", answer.Text);
    }

    [Fact]
    public void A_month_finds_meetings_of_any_kind_not_only_intersessionals()
    {
        var answer = TestFiles.Answers.Ask("is there a meeting in april", Today);

        Assert.True(answer.Answered);
        Assert.Contains("8 April 2027", answer.Text);
    }

    [Fact]
    public void A_month_without_a_meeting_is_said_so()
    {
        var answer = TestFiles.Answers.Ask("where is the meeting in march", Today);

        Assert.False(answer.Answered);
        Assert.Contains("a meeting in March", answer.Text);
    }
}
