using ConventionBot.Bot;
using ConventionBot.Reminders;
using ConventionBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Tests.Reminders;

/// <summary>
/// Deadline reminders with the clock in the test's hand, the sample letters, and a local connector. The deadline
/// used: views on the proposed dates of the 2027 Intersessional Meetings, due 11 December 2026.
/// </summary>
public sealed class ReminderServiceTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-reminders-").FullName;
    private readonly ConnectorSink _connector = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private string Store => Path.Combine(_folder, "bot.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private BotHost Host() => new(storePath: Store, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    private IReadOnlyList<string> Reminders() => _connector.SentActivities()
        .Select(a => a.GetProperty("text").GetString()!).Where(t => t.StartsWith("Reminder:", StringComparison.Ordinal)).ToList();

    private async Task<int> CheckOnAsync(BotHost host, int year, int month, int day)
    {
        _clock.Now = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero);
        return await host.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_delegate_gets_each_reminder_once_at_its_day_even_across_a_restart()
    {
        using (var host = Host())
        {
            var subscribe = TeamsActivities.Message("remind me about deadlines", serviceUrl: _connector.ServiceUrl);
            Assert.Equal(ConventionBotHandler.RemindersOn, Assert.Single(await host.AskAsync(subscribe)).Text);

            Assert.Equal(0, await CheckOnAsync(host, 2026, 12, 3));
            Assert.Equal(1, await CheckOnAsync(host, 2026, 12, 4));
            Assert.Equal(0, await CheckOnAsync(host, 2026, 12, 4));
        }

        using (var restarted = Host())
        {
            Assert.Equal(0, await CheckOnAsync(restarted, 2026, 12, 5));
            await CheckOnAsync(restarted, 2026, 12, 10);
            await CheckOnAsync(restarted, 2026, 12, 10);
        }

        var views = Reminders().Where(r => r.Contains("Views on the proposed dates", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, views.Count);
        Assert.Contains("due in 7 days, on 11 December 2026", views[0]);
        Assert.Contains("due tomorrow, on 11 December 2026", views[1]);
    }

    [Fact]
    public async Task A_late_check_sends_the_nearest_reminder_only_and_stop_reminders_stops_them()
    {
        using var host = Host();
        Assert.Single(await host.AskAsync(TeamsActivities.Message("remind me about deadlines", serviceUrl: _connector.ServiceUrl)));

        await CheckOnAsync(host, 2026, 12, 10);
        Assert.Single(Reminders(), r => r.Contains("Views on the proposed dates", StringComparison.Ordinal) && r.Contains("tomorrow", StringComparison.Ordinal));

        Assert.Equal(ConventionBotHandler.RemindersOff, Assert.Single(await host.AskAsync(TeamsActivities.Message("stop reminders", serviceUrl: _connector.ServiceUrl))).Text);
        Assert.Equal(0, await CheckOnAsync(host, 2027, 1, 8));
    }
}
