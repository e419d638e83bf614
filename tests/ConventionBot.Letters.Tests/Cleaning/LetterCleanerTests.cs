using ConventionBot.Letters.Cleaning;

namespace ConventionBot.Letters.Tests.Cleaning;

public class LetterCleanerTests
{
    [Fact]
    public void Word_and_Markdown_leftovers_are_removed_from_the_text()
    {
        var document = LetterCleaner.Clean(
            "## **12MSP**\n\n· [bookmark: _Hlk40341614]The <u>Committee</u> will *meet* on [www.example.org](http://www.example.org).\n\nYours sincerely,[image: ]\n");

        Assert.DoesNotContain("[bookmark", document.Text);
        Assert.DoesNotContain("[image", document.Text);
        Assert.DoesNotContain("<u>", document.Text);
        Assert.DoesNotContain("*", document.Text);
        Assert.DoesNotContain("#", document.Text);
        Assert.DoesNotContain("·", document.Text);
        Assert.Contains("The Committee will meet on www.example.org.", document.Text);
        Assert.True(document.Paragraphs[1].IsListItem);
    }

    [Fact]
    public void Wrapped_lines_of_a_paragraph_join_into_one_sentence()
    {
        var document = LetterCleaner.Clean(
            "Together with the four Committees we have prepared a two day programme that emphasises the\nimportance of participation by States Parties that are clearing mined areas.");

        var sentence = Assert.Single(document.Sentences);
        Assert.Contains("emphasises the importance of participation", sentence.Text);
    }

    [Fact]
    public void A_sentence_broken_by_a_page_break_is_joined_and_the_running_header_kept_apart()
    {
        var document = LetterCleaner.Clean(
            "In keeping with past practice, the Co-Chairs emphasise the participation of States Parties destroying stockpiled mines,\n\n" +
            "**Convention on the Prohibition of Anti-Personnel Mines**\nIntersessional Work Programme, 20-24 June 2011\n\n" +
            "isu@apminebanconvention.org | www.apminebanconvention.org\n\n" +
            "assisting survivors or implementing other aspects of the Convention.");

        Assert.Equal(
            "In keeping with past practice, the Co-Chairs emphasise the participation of States Parties destroying stockpiled mines, assisting survivors or implementing other aspects of the Convention.",
            document.Sentences[0].Text);
        Assert.Equal(3, document.Paragraphs.Count);
    }

    [Fact]
    public void The_letterhead_footer_glued_to_a_paragraph_by_OCR_is_removed()
    {
        var document = LetterCleaner.Clean(
            "President-Designate of the Twelfth Meeting of the States Parties c/o AP Mine Ban Convention Implementation Support Unit I have proposed that meetings take place in May.\n\nYours sincerely,\n\nMatjaž Kovačič President-Designate of the Twelfth Meeting of the States Parties");

        Assert.Equal("I have proposed that meetings take place in May.", document.Sentences[0].Text);
        Assert.Contains("Matjaž Kovačič President-Designate", document.Text);
    }

    [Fact]
    public void Sentences_split_at_full_stops_but_not_after_abbreviations()
    {
        var document = LetterCleaner.Clean("It is a pleasure to welcome H.E. Ms. Smith to Geneva. The meeting opens at 10:00. Thank you!");

        Assert.Equal(
            ["It is a pleasure to welcome H.E. Ms. Smith to Geneva.", "The meeting opens at 10:00.", "Thank you!"],
            document.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Every_sentence_offset_points_at_its_own_text()
    {
        foreach (var file in Directory.GetFiles(TestFiles.SharedLetters, "2*.txt"))
        {
            var document = LetterCleaner.Clean(File.ReadAllText(file));
            Assert.All(document.Sentences, s => Assert.Equal(s.Text, document.Text.Substring(s.Start, s.Length)));
        }
    }
}
