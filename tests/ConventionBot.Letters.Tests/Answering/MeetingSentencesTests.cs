namespace ConventionBot.Letters.Tests.Answering;

/// <summary>Answers about a meeting read as English: "the Intersessional Meetings are", "the 23MSP is", "in Geneva".</summary>
public class MeetingSentencesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("where is the June meeting?", "The 2027 Intersessional Meetings (16–18 June 2027) are hybrid")]
    [InlineData("when are the 2027 intersessional meetings", "The 2027 Intersessional Meetings take place 16–18 June 2027")]
    [InlineData("is the 2020 meeting virtual?", "the 2020 Intersessional Meetings (30 June – 2 July 2020) were held in a virtual format")]
    [InlineData("when is the 23MSP", "The Twenty-Third Meeting of the States Parties (23MSP) takes place 30 November")]
    [InlineData("where is the 23MSP", "(30 November – 4 December 2026) is held at")]
    public void The_verb_agrees_with_the_meetings_name(string question, string sentence) =>
        Assert.Contains(sentence, TestFiles.Answers.Ask(question, Today).Text);

    [Theory]
    [InlineData("where will the 24MSP be held?", "(in November 2027) is held in Geneva.")]
    [InlineData("where is the 23MSP", "is held at Palais des Nations, Geneva.")]
    public void A_meeting_is_in_a_city_but_at_a_building(string question, string sentence) =>
        Assert.Contains(sentence, TestFiles.Answers.Ask(question, Today).Text);

    [Fact]
    public void The_last_meeting_is_the_last_one_the_letters_name_and_the_answer_says_so() =>
        Assert.StartsWith("The most recent one the letters name: The Eighteenth Meeting of the States Parties (18MSP) took place in November 2020",
            TestFiles.Answers.Ask("when was the last MSP?", Today).Text);

    [Theory]
    [InlineData("2026-11-23", "is the 24MSP in person?", "Yes, the Twenty-Fourth Meeting of the States Parties (24MSP) (in November 2027) is held in person")]
    [InlineData("2026-11-23", "is the 24MSP virtual?", "No, the Twenty-Fourth Meeting of the States Parties (24MSP) (in November 2027) is held in person")]
    [InlineData("2020-06-01", "is the 2020 intersessional in person", "No, the 2020 Intersessional Meetings (30 June – 2 July 2020) are held in a virtual format")]
    [InlineData("2020-06-01", "will the 2020 intersessional meetings be online", "Yes, the 2020 Intersessional Meetings")]
    [InlineData("2020-06-01", "how do i join the virtual meeting", "The 2020 Intersessional Meetings (30 June – 2 July 2020) are held in a virtual format")]
    public void Yes_and_no_answer_what_was_asked(string today, string question, string sentence) =>
        Assert.StartsWith(sentence, TestFiles.Answers.Ask(question, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Text);
}
