using ConventionBot.Letters.Extraction;
using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Extraction;

/// <summary>Every way of writing a date that ../shared/DESIGN.md lists, and the year each one takes.</summary>
public class DateFormsTests
{
    private static readonly DateOnly LetterOf17July2009 = new(2009, 7, 17);

    private static IReadOnlyList<DateMention> Parse(string sentence, DateOnly? letterDate = null) =>
        DateMentionParser.Parse(sentence, letterDate ?? LetterOf17July2009);

    private static string Single(string sentence, DateOnly? letterDate = null)
    {
        var mention = Assert.Single(Parse(sentence, letterDate));
        return $"{mention.Span.Start:yyyy-MM-dd}..{mention.Span.End:yyyy-MM-dd} {mention.Span.Precision}";
    }

    [Theory]
    [InlineData("Meetings of the Standing Committees, 20-24 June 2011.", "2011-06-20..2011-06-24 Day")]
    [InlineData("The meetings will take place on 30 June – 2 July 2020.", "2020-06-30..2020-07-02 Day")]
    [InlineData("Intersessional meetings 8-9 June 2017", "2017-06-08..2017-06-09 Day")]
    [InlineData("Cartagena • 30 November - 4 December / 2009", "2009-11-30..2009-12-04 Day")]
    public void A_date_range_with_a_hyphen_or_en_dash_across_months_is_one_range(string sentence, string expected) =>
        Assert.Equal(expected, Single(sentence));

    [Fact]
    public void A_range_without_a_year_takes_the_letters_year() =>
        Assert.Equal("2009-09-03..2009-09-04 Day", Single("I look forward to seeing you on 3-4 September at the Second Preparatory Meeting."));

    [Theory]
    [InlineData("Please provide input to me by 15 June.", "2012-06-15..2012-06-15 Day")]
    [InlineData("Please register by 31 May 2017.", "2017-05-31..2017-05-31 Day")]
    public void A_deadline_takes_its_year_from_the_context(string sentence, string expected)
    {
        Assert.Equal(expected, Single(sentence, new DateOnly(2012, 5, 31)));
        Assert.True(Parse(sentence, new DateOnly(2012, 5, 31))[0].IsDeadline);
    }

    [Fact]
    public void A_deadline_without_a_year_that_would_fall_before_the_letter_is_next_year() =>
        Assert.Equal("2027-01-15..2027-01-15 Day", Single("Please provide input to me by 15 January.", new DateOnly(2026, 10, 20)));

    [Fact]
    public void A_date_with_a_time_span_keeps_both()
    {
        var mention = Assert.Single(Parse("an informal preparatory meeting in Geneva on Monday 3 September from 15:00 to 18:00.", new DateOnly(2012, 5, 31)));
        Assert.Equal(DateSpan.Day(new DateOnly(2012, 9, 3)), mention.Span);
        Assert.Equal(new TimeRange(new TimeOnly(15, 0), new TimeOnly(18, 0)), mention.Times);
    }

    [Fact]
    public void The_week_of_a_range_takes_its_year_from_the_sentence()
    {
        var mentions = Parse("I have proposed that meetings in 2013 take place the week of 13 to 17 May.", new DateOnly(2012, 5, 31));

        Assert.Equal(DateSpan.Days(new(2013, 5, 13), new(2013, 5, 17)), mentions.Single(m => m.Span.Precision == DatePrecision.Day).Span);
    }

    [Fact]
    public void Two_proposed_alternatives_share_the_year_written_after_the_second()
    {
        var mentions = Parse("the 13MSP take place either from 25 to 29 November or from 2 to 6 December 2013.", new DateOnly(2012, 5, 31));

        Assert.Equal(2, mentions.Count);
        Assert.Equal(DateSpan.Days(new(2013, 11, 25), new(2013, 11, 29)), mentions[0].Span);
        Assert.Equal(DateSpan.Days(new(2013, 12, 2), new(2013, 12, 6)), mentions[1].Span);
        Assert.NotNull(mentions[0].AlternativeGroup);
        Assert.Equal(mentions[0].AlternativeGroup, mentions[1].AlternativeGroup);
    }

    [Theory]
    [InlineData("I will distribute a draft report in August.", "2012-08-01..2012-08-31 Month")]
    [InlineData("in the lead up to the 18MSP in November 2020;", "2020-11-01..2020-11-30 Month")]
    public void A_month_alone_is_month_precise(string sentence, string expected) =>
        Assert.Equal(expected, Single(sentence, new DateOnly(2012, 5, 31)));

    [Fact]
    public void May_the_verb_is_not_May_the_month() =>
        Assert.Empty(Parse("I may also write to delegations to request additional input."));

    [Fact]
    public void An_impossible_day_is_no_date() =>
        Assert.Empty(Parse("The meeting is on 31 June 2027."));

    [Fact]
    public void A_range_crossing_the_new_year_starts_in_the_year_before() =>
        Assert.Equal("2026-12-30..2027-01-02 Day", Single("from 30 December to 2 January 2027"));

    [Fact]
    public void The_letters_own_date_line_is_recognised_in_each_form()
    {
        Assert.True(DateMentionParser.IsStandaloneDate("17 July 2009"));
        Assert.True(DateMentionParser.IsStandaloneDate("June 8, 2017"));
        Assert.True(DateMentionParser.IsStandaloneDate("2017-04-12"));
        Assert.False(DateMentionParser.IsStandaloneDate("Intersessional Work Programme, 20-24 June 2011"));
    }
}
