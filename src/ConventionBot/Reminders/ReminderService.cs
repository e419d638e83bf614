using System.Globalization;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Model;

namespace ConventionBot.Reminders;

/// <summary>
/// Sends each subscriber a reminder some days before each deadline still to come (<c>ConventionBot:Reminders:DaysBefore</c>,
/// default 7 and 1), checking every <c>ConventionBot:Reminders:CheckMinutes</c> (default 60) by the injectable clock.
/// A check that comes late (the host was down) sends only the nearest reminder whose day has come, and counts the
/// earlier ones as sent: one message, not a burst.
/// </summary>
public sealed class ReminderService(
    ReminderStore store, FactIndexProvider facts, ConnectorClient connector, TimeProvider time, IConfiguration configuration, ILogger<ReminderService> logger)
    : BackgroundService
{
    private IReadOnlyList<int> DaysBefore { get; } = (configuration["ConventionBot:Reminders:DaysBefore"] ?? "7,1")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).Where(d => d >= 0).OrderByDescending(d => d).ToList();

    private TimeSpan Every => TimeSpan.FromMinutes(double.TryParse(configuration["ConventionBot:Reminders:CheckMinutes"], CultureInfo.InvariantCulture, out var m) && m > 0 ? m : 60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder check failed; the next check tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var index = (await facts.GetAsync(cancellationToken)).AsOf(today);
        var deadlines = index.Deadlines.Where(d => d.Fact.Due >= today).DistinctBy(d => Key(d.Fact)).ToList();
        var sent = 0;
        foreach (var subscriber in await store.SubscribersAsync(cancellationToken))
            foreach (var deadline in deadlines)
            {
                var due = DaysBefore.Where(d => deadline.Fact.Due.AddDays(-d) <= today).ToList();
                if (due.Count == 0)
                    continue;
                var nearest = due[^1];
                // Earlier reminders that were missed are claimed too, so they never go out after this one.
                var claimed = false;
                foreach (var days in due)
                    claimed |= await store.ClaimAsync(subscriber.UserKey, Key(deadline.Fact), days, now, cancellationToken) && days == nearest;
                if (claimed && await SendAsync(subscriber, deadline, today, cancellationToken))
                    sent++;
                else if (claimed)
                    await store.ReleaseAsync(subscriber.UserKey, Key(deadline.Fact), nearest, cancellationToken);
            }
        return sent;
    }

    private async Task<bool> SendAsync(ReminderStore.Subscriber subscriber, Cited<Deadline> deadline, DateOnly today, CancellationToken cancellationToken)
    {
        var reference = subscriber.Reference;
        var left = deadline.Fact.Due.DayNumber - today.DayNumber;
        var when = left switch { 0 => "today", 1 => "tomorrow", _ => $"in {left} days" };
        var text = $"Reminder: {deadline.Fact.What} is due {when}, on {Wording.Day(deadline.Fact.Due)}"
                   + (deadline.Fact.How is { } how ? $" ({how})." : ".")
                   + $" — {Wording.LetterOf(deadline.Letter.Date)}. Say \"stop reminders\" to stop them.";
        try
        {
            await connector.SendToConversationAsync(reference.ServiceUrl!, reference.Conversation!.Id!, new Activity
            {
                Type = ActivityTypes.Message,
                From = reference.Bot,
                Recipient = reference.User,
                Conversation = reference.Conversation,
                Text = text,
            }, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            logger.LogWarning(e, "Reminder to {User} could not be sent; it will be tried again", subscriber.UserKey);
            return false;
        }
    }

    private static string Key(Deadline d) => $"{d.Kind}:{d.Due:yyyy-MM-dd}:{d.Meeting}";
}
