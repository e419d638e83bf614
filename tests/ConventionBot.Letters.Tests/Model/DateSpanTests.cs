using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Model;

public class DateSpanTests
{
    [Theory]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(10, false)]
    public void A_span_touches_the_months_of_its_first_and_last_day(int month, bool touches) =>
        Assert.Equal(touches, DateSpan.Days(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 4)).Touches(month));

    [Fact]
    public void A_span_known_only_by_its_year_touches_no_month() =>
        Assert.False(DateSpan.Year(2027).Touches(1));

    [Fact]
    public void A_span_known_by_its_month_touches_that_month_only()
    {
        var november = DateSpan.Month(2027, 11);

        Assert.True(november.Touches(11));
        Assert.False(november.Touches(12));
    }
}
