namespace ConventionBot.Letters.Model;

/// <summary>A time of day span such as "from 15:00 to 18:00".</summary>
public sealed record TimeRange(TimeOnly From, TimeOnly To)
{
    public override string ToString() => $"{From:HH\\:mm}–{To:HH\\:mm}";
}
