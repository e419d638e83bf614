using ConventionBot.Letters.Model;

namespace ConventionBot.Letters.Tests.Extraction;

/// <summary>The five real letters, fact by fact, as a careful reader of each letter would list them.</summary>
public class RealLettersTests
{
    private static Letter Letter(string file) => TestFiles.ParseFile(TestFiles.SharedLetter(file));

    private static void AssertFacts(Letter letter, string[] meetings, string[] deadlines, string[] plans, string[] contacts, string[] documents)
    {
        Assert.Equal(meetings, letter.Facts.Meetings.Select(FactText.Of));
        Assert.Equal(deadlines, letter.Facts.Deadlines.Select(FactText.Of));
        Assert.Equal(plans, letter.Facts.ActionPlans.Select(FactText.Of));
        Assert.Equal(contacts, letter.Facts.Contacts.Select(FactText.Of));
        Assert.Equal(documents, letter.Facts.Documents.Select(FactText.Of));
        Assert.Empty(letter.Warnings);
        foreach (var source in letter.Facts.Meetings.Select(m => m.Source).Concat(letter.Facts.Deadlines.Select(d => d.Source)))
            Assert.Equal(source.Text, letter.Text.Substring(source.Start, source.Length));
    }

    [Fact]
    public void The_2009_letter_prepares_the_Second_Review_Conference_in_Cartagena()
    {
        var letter = Letter("2009-07-17-second-review-conference-preparations.txt");

        Assert.Equal(new DateOnly(2009, 7, 17), letter.Facts.Date);
        Assert.Equal("Susan Eckey", letter.Facts.Author);
        Assert.Equal("President-Designate of the Second Review Conference", letter.Facts.Role);
        Assert.Equal(3, letter.Facts.Addressees.Count);
        Assert.Equal("Relevant international and nongovernmental organizations", letter.Facts.Addressees[2]);
        AssertFacts(letter,
            meetings:
            [
                "prep-1-2009 | First Preparatory Meeting | 2009-05-29..2009-05-29 day | - | - | Past",
                "prep-2-2009 | Second Preparatory Meeting | 2009-09-03..2009-09-04 day | - | - | Confirmed",
                "rc-2 | Second Review Conference | 2009-11-30..2009-12-04 day | Cartagena, Colombia | InPerson | Confirmed",
            ],
            deadlines: [],
            plans: ["Cartagena Action Plan | 2010-2014 draft | -"],
            contacts: [],
            documents:
            [
                "Draft Review of the Operation and Status of the Convention, 2005-2009 | Enclosed | -",
                "Draft Cartagena Action Plan, 2010-2014 | Enclosed | -",
                "Draft Decisions on Future Meetings | Enclosed | -",
                "draft Cartagena Declaration | Promised | at a later date",
                "draft agenda for the Second Preparatory Meeting | Enclosed | -",
            ]);
        Assert.Contains("Cartagena Summit on a Mine-Free World", letter.Facts.Meetings[2].Aliases);
    }

    [Fact]
    public void The_2011_letter_invites_to_the_Standing_Committees_in_June_with_registration_by_13_June()
    {
        var letter = Letter("2011-04-20-intersessional-work-programme-invitation.txt");

        Assert.Equal(new DateOnly(2011, 4, 20), letter.Facts.Date);
        Assert.Equal(
            ["Gazmend Turdiu", "Stephan Husy"],
            letter.Facts.Signatories.Select(s => s.Name));
        Assert.Equal("President of the Tenth Meeting of the States Parties", letter.Facts.Role);
        Assert.Equal("Ambassador and Director of the Geneva International Centre for Humanitarian Demining", letter.Facts.Signatories[1].Role);
        AssertFacts(letter,
            meetings:
            [
                "msp-10 | Tenth Meeting of the States Parties (10MSP) | 2010-01-01..2010-12-31 year | - | - | Past",
                "intersessional-2011 | 2011 Intersessional Meetings | 2011-06-20..2011-06-24 day | Geneva International Centre for Humanitarian Demining (GICHD), Avenue de la Paix 7bis (WMO Building), Geneva | InPerson | Confirmed",
            ],
            deadlines: ["Registration | Registration for the 2011 Intersessional Meetings | 2011-06-13 | www.apminebanconvention.org"],
            plans: ["Cartagena Action Plan | 2010-2014 | -"],
            contacts: ["Email isu@apminebanconvention.org", "RegistrationLink www.apminebanconvention.org"],
            documents: []);
        Assert.Contains("Meetings of the Standing Committees", letter.Facts.Meetings[1].Aliases);
    }

    [Fact]
    public void The_2012_letter_asks_for_input_by_15_June_and_proposes_two_alternatives_for_the_13MSP()
    {
        var letter = Letter("2012-05-31-12msp-preparations.txt");

        Assert.Equal(new DateOnly(2012, 5, 31), letter.Facts.Date);
        Assert.Equal("Matjaž Kovačič", letter.Facts.Author);
        Assert.Equal("President-Designate of the Twelfth Meeting of the States Parties", letter.Facts.Role);
        Assert.Equal("Preparations for the Twelfth Meeting of the States Parties", letter.Facts.Subject);
        AssertFacts(letter,
            meetings:
            [
                "rc-2 | Second Review Conference | 2009-01-01..2009-12-31 year | - | - | Past",
                "committee-standing-committee-on-the-general-status-and-operations-of-the-convention-2012-05-25 | Meeting of the Standing Committee on the General Status and Operations of the Convention | 2012-05-25..2012-05-25 day | - | - | Past",
                "prep-informal-2012-09-03 | Informal preparatory meeting | 2012-09-03..2012-09-03 day 15:00–18:00 | Geneva | InPerson | Confirmed",
                "intersessional-2013 | 2013 Intersessional Meetings | 2013-05-13..2013-05-17 day | - | - | Proposed",
                "msp-13 | Thirteenth Meeting of the States Parties (13MSP) | either 2013-11-25..2013-11-29 or 2013-12-02..2013-12-06 | - | - | Proposed",
                "rc-3 | Third Review Conference | 2014-01-01..2014-12-31 year | - | - | Confirmed",
            ],
            deadlines:
            [
                "Input | Input on the Geneva Progress Report | 2012-06-15 | -",
                "Views | Views on the proposed dates of the 2013 Intersessional Meetings and the Thirteenth Meeting of the States Parties (13MSP) | 2012-06-15 | -",
            ],
            plans: ["Cartagena Action Plan | ?-? | -"],
            contacts: [],
            documents: ["draft Geneva Progress Report | Promised | August 2012"]);
        Assert.Equal("Twelfth Meeting of the States Parties (12MSP)", letter.Facts.Deadlines[0].Meeting);
    }

    [Fact]
    public void The_2017_letter_invites_to_the_June_intersessionals_at_the_WMO_with_registration_by_31_May()
    {
        var letter = Letter("2017-04-12-intersessional-meetings-invitation.txt");

        Assert.Equal(new DateOnly(2017, 4, 12), letter.Facts.Date);
        Assert.Equal("Thomas Hajnoczi", letter.Facts.Author);
        Assert.Equal("President of the Sixteenth Meeting of the States Parties", letter.Facts.Role);
        AssertFacts(letter,
            meetings:
            [
                "rc-3 | Third Review Conference | 2014-01-01..2014-12-31 year | - | - | Past",
                "intersessional-2017 | 2017 Intersessional Meetings | 2017-06-08..2017-06-09 day | World Meteorological Organisation Building, Avenue de la Paix 7bis, Geneva | InPerson | Confirmed",
                "rc-4 | Fourth Review Conference | 2019-01-01..2019-12-31 year | - | - | Confirmed",
            ],
            deadlines: ["Registration | Registration for the 2017 Intersessional Meetings | 2017-05-31 | www.apminebanconvention.org"],
            plans: ["Maputo Action Plan | 2014-2019 | -"],
            contacts: ["RegistrationLink www.apminebanconvention.org", "Email isu@apminebanconvention.org"],
            documents: ["programme | Enclosed | -"]);
    }

    [Fact]
    public void The_2020_letter_invites_to_virtual_intersessionals_and_dates_the_Oslo_Action_Plan()
    {
        var letter = Letter("2020-05-26-virtual-intersessional-meetings-invitation.txt");

        Assert.Equal(new DateOnly(2020, 5, 26), letter.Facts.Date);
        Assert.Equal("Osman Abufatima Adam Mohammed", letter.Facts.Author);
        Assert.Equal("President of the Eighteenth Meeting of the States Parties", letter.Facts.Role);
        AssertFacts(letter,
            meetings:
            [
                "rc-4 | Fourth Review Conference | 2019-11-01..2019-11-30 month | - | - | Past",
                "intersessional-2020 | 2020 Intersessional Meetings | 2020-06-30..2020-07-02 day | - | Virtual | Confirmed",
                "msp-18 | Eighteenth Meeting of the States Parties (18MSP) | 2020-11-01..2020-11-30 month | - | - | Confirmed",
            ],
            deadlines: ["Registration | Registration for the 2020 Intersessional Meetings | 2020-06-12 | https://bit.ly/Intersess2020"],
            plans: ["Oslo Action Plan (OAP) | 2019-2024 | Fourth Review Conference November 2019"],
            contacts: ["RegistrationLink https://bit.ly/Intersess2020", "Email isu@apminebanconvention.org"],
            documents: ["Preliminary Observations | Promised | ahead of the meetings", "guidance | Enclosed | -"]);
    }
}
