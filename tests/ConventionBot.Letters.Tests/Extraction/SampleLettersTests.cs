using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Extraction;

/// <summary>The team's sample letters: what a fresh install answers from, with meetings and deadlines in 2027.</summary>
public class SampleLettersTests
{
    private static Letter Sample(string file) => TestFiles.ParseFile(Path.Combine(TestFiles.SampleLetters, file));

    [Fact]
    public void Every_sample_letter_reads_without_warnings_and_is_signed()
    {
        var files = Directory.GetFiles(TestFiles.SampleLetters);
        Assert.InRange(files.Length, 4, 5);
        Assert.All(files, file =>
        {
            var letter = TestFiles.ParseFile(file);
            Assert.Empty(letter.Warnings);
            Assert.NotNull(letter.Facts.Author);
            Assert.NotEmpty(letter.Facts.Meetings);
        });
    }

    [Fact]
    public void The_2027_invitation_confirms_hybrid_meetings_at_the_CICG_with_registration_and_sponsorship_deadlines()
    {
        var letter = Sample("2026-11-20-2027-intersessional-meetings-invitation.md");

        Assert.Equal(
            [
                "rc-5 | Fifth Review Conference | 2024-11-01..2024-11-30 month | - | - | Past",
                "intersessional-2027 | 2027 Intersessional Meetings | 2027-06-16..2027-06-18 day | International Conference Centre Geneva (CICG), Rue de Varembé 17, Geneva | Hybrid | Confirmed",
            ],
            letter.Facts.Meetings.Select(FactText.Of));
        Assert.Equal(
            [
                "Registration | Registration for the 2027 Intersessional Meetings | 2027-05-28 | https://www.apminebanconvention.org/intersessionals-2027",
                "Sponsorship | Sponsorship requests for the 2027 Intersessional Meetings | 2027-04-02 | -",
            ],
            letter.Facts.Deadlines.Select(FactText.Of));
        Assert.Equal(["Siem Reap-Angkor Action Plan | 2025-2029 | Fifth Review Conference November 2024"], letter.Facts.ActionPlans.Select(FactText.Of));
    }

    [Fact]
    public void The_consultation_offers_two_alternative_dates_and_asks_for_views()
    {
        var letter = Sample("2026-11-02-2027-intersessional-dates-consultation.txt");

        var meeting = letter.Facts.Meetings.Single(m => m.Key == "intersessional-2027");
        Assert.Equal(MeetingStatus.Proposed, meeting.Status);
        Assert.Null(meeting.Dates);
        Assert.Equal([DateSpan.Days(new(2027, 4, 7), new(2027, 4, 9)), DateSpan.Days(new(2027, 6, 16), new(2027, 6, 18))], meeting.Alternatives);
        var views = Assert.Single(letter.Facts.Deadlines);
        Assert.Equal((DeadlineKind.Views, new DateOnly(2026, 12, 11)), (views.Kind, views.Due));
    }

    [Fact]
    public void The_24MSP_letter_rolls_a_January_deadline_into_the_next_year()
    {
        var letter = Sample("2026-10-20-24msp-informal-consultations.txt");

        var input = Assert.Single(letter.Facts.Deadlines);
        Assert.Equal(new DateOnly(2027, 1, 15), input.Due);
        Assert.Equal("Twenty-Fourth Meeting of the States Parties (24MSP)", input.Meeting);
        var informal = letter.Facts.Meetings.Single(m => m.Key.StartsWith("prep-informal", StringComparison.Ordinal));
        Assert.Equal(new TimeRange(new(10, 0), new(13, 0)), informal.Times);
    }
}
