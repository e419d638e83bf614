using ConventionBot.Letters.Model;
using ConventionBot.Letters.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ConventionBot.Letters.Tests.Reading;

/// <summary>Letters in every supported format read back to the same facts; what is not a letter is refused clearly.</summary>
public class LetterFileReaderTests : IDisposable
{
    private static readonly string[] InvitationLines =
    [
        "12 April 2027",
        "To: The Permanent Missions of the States Parties to the Convention",
        "Excellencies, dear friends,",
        "It is my pleasure to invite you to the 2027 Intersessional Meetings, which will take place on 14-16 June 2027 in Geneva.",
        "Please register for the meetings by 31 May 2027.",
        "Yours sincerely,",
        "Jane Example",
        "President of the Twenty-Third Meeting of the States Parties",
    ];

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertInvitationFacts(Letter letter)
    {
        Assert.Equal(new DateOnly(2027, 4, 12), letter.Facts.Date);
        var meeting = Assert.Single(letter.Facts.Meetings);
        Assert.Equal(DateSpan.Days(new(2027, 6, 14), new(2027, 6, 16)), meeting.Dates);
        Assert.Equal("Geneva", meeting.Venue?.City);
        var deadline = Assert.Single(letter.Facts.Deadlines);
        Assert.Equal(new DateOnly(2027, 5, 31), deadline.Due);
        Assert.Equal(DeadlineKind.Registration, deadline.Kind);
        Assert.Equal("Jane Example", letter.Facts.Author);
    }

    [Fact]
    public void A_Word_document_made_here_reads_back_to_its_facts()
    {
        var path = _folder.File("2027-04-12-invitation.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(InvitationLines.Select(line => new Paragraph(new Run(new Text(line))))));
        }

        AssertInvitationFacts(TestFiles.ParseFile(path));
    }

    [Fact]
    public void A_PDF_made_here_reads_back_to_its_facts()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 800.0;
        foreach (var line in InvitationLines)
        {
            // Long sentences wrap the way a PDF does: several text lines of one paragraph, then a paragraph gap.
            foreach (var piece in Wrap(line, 80))
            {
                page.AddText(piece, 10, new PdfPoint(50, y), font);
                y -= 14;
            }
            y -= 16;
        }
        var path = _folder.File("2027-04-12-invitation.pdf");
        File.WriteAllBytes(path, builder.Build());

        AssertInvitationFacts(TestFiles.ParseFile(path));
    }

    [Fact]
    public void An_HTML_letter_reads_back_to_its_facts()
    {
        var html = "<html><head><style>p{}</style></head><body>" + string.Concat(InvitationLines.Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>")) + "</body></html>";
        AssertInvitationFacts(TestFiles.ParseFile(_folder.Write("2027-04-12-invitation.html", html)));
    }

    [Fact]
    public void A_Markdown_letter_reads_back_to_its_facts() =>
        AssertInvitationFacts(TestFiles.ParseFile(_folder.Write("2027-04-12-invitation.md", string.Join("\n\n", InvitationLines.Select(l => "**" + l + "**")))));

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("letter.xyz", "12 April 2027", "not a letter format")]
    [InlineData("letter.pdf", "12 April 2027 is not a PDF", "not a readable PDF")]
    [InlineData("letter.docx", "neither is this a Word file", "not a readable Word")]
    [InlineData("undated.txt", "Excellencies, we will meet soon.", "no letter date found")]
    public void What_is_not_a_letter_is_refused_with_a_clear_reason(string name, string content, string reason)
    {
        var path = _folder.Write(name, content);
        var error = Assert.Throws<LetterReadException>(() =>
        {
            var reader = new LetterFileReader();
            var bytes = reader.ReadBytes(path);
            ConventionBot.Letters.Ingestion.LetterParser.Parse(reader, path, bytes);
        });
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_binary_file_named_txt_is_refused()
    {
        var path = _folder.File("image.txt");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        var error = Assert.Throws<LetterReadException>(() => TestFiles.ParseFile(path));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_before_it_is_read()
    {
        var path = _folder.File("2027-01-01-huge.txt");
        await using (var stream = File.Create(path))
            stream.SetLength(50L * 1024 * 1024);

        var error = Assert.Throws<LetterReadException>(() => new LetterFileReader().ReadBytes(path));
        Assert.Contains("50 MB", error.Message);
    }

    [Fact]
    public void A_letter_without_a_date_line_takes_the_date_in_its_file_name_and_says_so()
    {
        var letter = TestFiles.ParseText("Excellencies, please register by 15 June.", "2027-03-01-reminder.txt");

        Assert.Equal(new DateOnly(2027, 3, 1), letter.Facts.Date);
        Assert.Contains(letter.Warnings, w => w.Contains("file name"));
        Assert.Equal(new DateOnly(2027, 6, 15), Assert.Single(letter.Facts.Deadlines).Due);
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = "";
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        yield return line;
    }
}
