using ConventionBot.Letters.Answering;

namespace ConventionBot.Letters.Tests.Answering;

public sealed class GroundingGuardTests
{
    private static readonly GroundingGuard.Source[] Letter =
    [
        new("The 2027 Intersessional Meetings will take place from 16 to 18 June 2027 at the CICG in Geneva. " +
            "I would ask that you register by 28 May 2027. The Twenty-Third Meeting of the States Parties (23MSP) adopted 14 decisions.",
            new DateOnly(2026, 11, 20)),
    ];

    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("Register by 28 May 2027 for the meetings of 16–18 June 2027 in Geneva [letter:x].")]
    [InlineData("Registration closes on 28 May 2027.")]
    [InlineData("The meetings open on 16 June 2027; the 23MSP adopted 14 decisions.")]
    [InlineData("The meetings are in June 2027.")]
    public void Dates_and_numbers_the_letter_gives_pass(string answer) =>
        Assert.Empty(GroundingGuard.Unsupported(answer.Replace("[letter:x]", ""), Letter, Today));

    [Theory]
    [InlineData("Register by 29 May 2027.", "29 May 2027")]
    [InlineData("The meetings take place on 17 June 2027.", "17 June 2027")]
    [InlineData("The meetings take place from 16 to 19 June 2027.", "16 to 19 June 2027")]
    [InlineData("The meetings are in July 2027.", "July 2027")]
    [InlineData("The 23MSP adopted 15 decisions.", "15")]
    [InlineData("About 300 delegates will attend.", "300")]
    public void A_date_or_number_no_letter_gives_is_caught(string answer, string caught) =>
        Assert.Contains(GroundingGuard.Unsupported(answer, Letter, Today), unsupported => unsupported.Contains(caught, StringComparison.Ordinal));
}
