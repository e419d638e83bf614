using ConventionBot.Letters.Answering;

namespace ConventionBot.Letters.Tests.Answering;

public class QuestionReaderTests
{
    [Theory]
    [InlineData("registation deadline for the 23msp", Intent.RegistrationDeadline)]
    [InlineData("wen is the intersesional meeting", Intent.MeetingDates)]
    public void Typos_are_read_as_the_words_meant(string question, Intent intent) =>
        Assert.Equal(intent, QuestionReader.Read(question).Intent);

    [Theory]
    [InlineData("is there a meeting in april", Intent.MeetingDates)]
    [InlineData("is there interpretation?", Intent.Search)]
    public void Real_words_are_not_taken_for_typos(string question, Intent intent)
    {
        var understanding = QuestionReader.Read(question);

        Assert.Equal(intent, understanding.Intent);
        Assert.DoesNotContain("where", understanding.Words);
    }

    [Theory]
    [InlineData("can observers attend the intersessional meetings?", Intent.Search)]
    [InlineData("may I bring a colleague to the june meeting", Intent.Search)]
    [InlineData("could you tell me when the 23msp is", Intent.MeetingDates)]
    [InlineData("can we join the june meeting online", Intent.Format)]
    public void A_question_of_what_may_be_done_at_a_meeting_is_not_taken_for_its_dates(string question, Intent intent) =>
        Assert.Equal(intent, QuestionReader.Read(question).Intent);

    [Theory]
    [InlineData("what meetings are there this year?")]
    [InlineData("which meetings are coming")]
    public void A_question_for_meetings_in_general_asks_what_is_coming_up(string question) =>
        Assert.Equal(Intent.Upcoming, QuestionReader.Read(question).Intent);
}
