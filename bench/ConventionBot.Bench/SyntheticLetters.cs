using System.Globalization;
using System.Text;
using ConventionBot.Letters.Extraction;

namespace ConventionBot.Bench;

/// <summary>
/// Writes letters in the real letters' style — letterhead, addressees, a meeting block or a dated sentence,
/// deadlines written every way, a signature — with varied meetings, dates and deadlines, from a fixed seed.
/// </summary>
public static class SyntheticLetters
{
    private static readonly string[] Cities = ["Geneva", "Maputo", "Oslo", "Bangkok", "Amman", "Santiago"];
    private static readonly string[] Buildings = ["Palais des Nations", "International Conference Centre Geneva (CICG)", "World Meteorological Organisation Building"];
    private static readonly string[] Plans = ["Cartagena Action Plan 2010-2014", "Maputo Action Plan 2014-2019", "Oslo Action Plan 2019-2024", "Siem Reap-Angkor Action Plan 2025-2029"];
    private static readonly string[] Names = ["Amina Diallo", "Lars Henriksen", "Sofia Marquez", "Kenji Watanabe", "Olga Petrova", "Samuel Okafor"];
    private static readonly string[] Topics = ["mine clearance", "victim assistance", "stockpile destruction", "international cooperation", "transparency reporting", "mine risk education"];

    public static IEnumerable<(string FileName, string Text)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return Letter(i, random);
    }

    public static void WriteTo(string folder, int count, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        foreach (var (fileName, text) in Generate(count, seed))
            File.WriteAllText(Path.Combine(folder, fileName), text);
    }

    private static (string, string) Letter(int index, Random random)
    {
        var date = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 365 * 22));
        var msp = Math.Clamp(date.Year - 1998, 1, 39);
        var start = date.AddDays(random.Next(30, 200));
        var end = start.AddDays(random.Next(0, 5));
        var deadline = start.AddDays(-random.Next(7, 25));
        var city = Cities[random.Next(Cities.Length)];
        var author = Names[random.Next(Names.Length)];
        var topic = Topics[random.Next(Topics.Length)];
        var text = new StringBuilder();
        text.AppendLine(Day(date)).AppendLine();
        text.AppendLine("To: The Permanent Missions to the United Nations of the States Parties to the Convention").AppendLine();
        text.AppendLine("Interested non-governmental and international organisations").AppendLine();
        text.AppendLine("Excellencies, dear friends,").AppendLine();
        switch (random.Next(3))
        {
            case 0:
                text.AppendLine($"It is my pleasure to invite you to the Convention's {start.Year} Intersessional Meetings as follows:").AppendLine();
                text.AppendLine($"**{start.Year} Intersessional Meetings**  ").AppendLine($"**{Range(start, end)}**  ");
                text.AppendLine($"**{Buildings[random.Next(Buildings.Length)]}**  ").AppendLine($"**Avenue de la Paix {random.Next(1, 40)}, {city}**").AppendLine();
                break;
            case 1:
                text.AppendLine($"I write to you regarding the {Ordinal(msp)} Meeting of the States Parties ({msp}MSP), which will be held from {Range(start, end)} in {city}. " +
                                $"The meeting will focus on {topic} and on the application of the {Plans[random.Next(Plans.Length)]}.").AppendLine();
                break;
            default:
                var alternative = end.AddDays(random.Next(14, 60));
                text.AppendLine($"I propose that the {Ordinal(msp)} Meeting of the States Parties ({msp}MSP) take place either from {start.Day} to {end.Day} {Month(end)} " +
                                $"or from {alternative.Day} to {alternative.AddDays(end.DayNumber - start.DayNumber).Day} {Month(alternative.AddDays(end.DayNumber - start.DayNumber))} {alternative.Year}.").AppendLine();
                break;
        }
        text.AppendLine($"- I will distribute a draft Progress Report on {topic} in {Month(start.AddDays(-20))}.");
        text.AppendLine($"- Should you have any views on these matters, please provide your input to me by {deadline.Day} {Month(deadline)}.").AppendLine();
        text.AppendLine($"I would ask that you register for the meetings on-line at https://www.example.org/register-{index} by **{Day(deadline.AddDays(3))}**. " +
                        "Should you have any questions, please contact the Implementation Support Unit (isu@example.org).").AppendLine();
        text.AppendLine($"These meetings will provide an opportunity to take stock of progress on {topic}, to share challenges and to agree on next steps.").AppendLine();
        text.AppendLine("Yours sincerely,").AppendLine().AppendLine();
        text.AppendLine($"Ambassador {author}").AppendLine($"President of the {Ordinal(msp)} Meeting of the States Parties");
        return ($"{date:yyyy-MM-dd}-synthetic-{index:D6}.md", text.ToString());
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Month(DateOnly day) => day.ToString("MMMM", CultureInfo.InvariantCulture);

    private static string Range(DateOnly start, DateOnly end) =>
        start == end ? Day(start)
        : start.Month == end.Month ? $"{start.Day}-{end.Day} {Month(end)} {end.Year}" : $"{start.Day} {Month(start)} – {end.Day} {Month(end)} {end.Year}";

    private static string Ordinal(int n) => Ordinals.Word(n);
}
