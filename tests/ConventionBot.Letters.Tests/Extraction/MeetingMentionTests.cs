using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Extraction;

public sealed class MeetingMentionTests
{
    [Theory]
    [InlineData("The First Preparatory Meeting of the Sixth Review Conference will take place on 3 March 2027 in Geneva.")]
    [InlineData("The second preparatory meeting for the Twenty-Fifth Meeting of the States Parties is set for 4 May 2027.")]
    public void A_preparatory_meeting_of_a_conference_is_one_meeting_not_two(string sentence)
    {
        var mention = Assert.Single(MeetingMentionFinder.Find(sentence));

        Assert.Equal(MeetingKind.Preparatory, mention.Kind);
    }

    [Fact]
    public void Two_meetings_in_one_sentence_stay_two()
    {
        var mentions = MeetingMentionFinder.Find("The Second Preparatory Meeting and the Sixth Review Conference will both be held in Geneva.");

        Assert.Equal([MeetingKind.Preparatory, MeetingKind.ReviewConference], mentions.Select(m => m.Kind));
    }
}
