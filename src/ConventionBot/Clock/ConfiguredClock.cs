using System.Globalization;

namespace ConventionBot.Clock;

/// <summary>
/// The bot's "today": the system clock, or — when <c>ConventionBot:Clock:Today</c> is set — that day, with the
/// time of day still running, so tests and demos can stand on any date.
/// </summary>
public sealed class ConfiguredClock(DateOnly? today) : TimeProvider
{
    public const string ConfigurationKey = "ConventionBot:Clock:Today";

    private readonly TimeSpan _offset = today is { } day
        ? day.ToDateTime(TimeOnly.FromDateTime(DateTime.UtcNow), DateTimeKind.Utc) - DateTime.UtcNow
        : TimeSpan.Zero;

    public static ConfiguredClock From(IConfiguration configuration) =>
        configuration[ConfigurationKey] is { Length: > 0 } text
            ? new ConfiguredClock(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : new ConfiguredClock(null);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);
}
