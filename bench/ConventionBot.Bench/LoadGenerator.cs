using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Bench;

/// <summary>
/// N conversations, each posting a question to the bot's /api/messages and waiting for the reply to reach a local
/// connector sink before asking the next: turns per second, and latency from the POST to the reply's arrival.
/// Loopback only, bounded in time, stops by itself.
/// </summary>
public static class LoadGenerator
{
    private static readonly string[] Questions =
    [
        "when is registration due", "where is the June meeting", "sponsorship requests", "Oslo Action Plan",
        "informal preparatory meeting", "views on these dates", "Siem Reap-Angkor Action Plan", "hybrid format",
    ];

    public static async Task RunAsync(string botUrl, int conversations, TimeSpan duration)
    {
        var pending = new ConcurrentDictionary<string, TaskCompletionSource>();
        await using var sink = await StartSinkAsync(pending);
        var serviceUrl = sink.Urls.First() + "/";
        using var http = new HttpClient { BaseAddress = new Uri(botUrl) };
        http.DefaultRequestHeaders.ConnectionClose = false;
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        using var stop = new CancellationTokenSource(duration);
        var warmUntil = DateTime.UtcNow.AddSeconds(2);
        var clock = Stopwatch.StartNew();
        var measuredFrom = TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            var turn = 0;
            while (!stop.IsCancellationRequested)
            {
                var id = $"c{c}-t{turn++}";
                var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                pending[id] = arrived;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var response = await http.PostAsJsonAsync("/api/messages", Activity(id, c, Questions[turn % Questions.Length], serviceUrl));
                    response.EnsureSuccessStatusCode();
                    await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
                    if (DateTime.UtcNow > warmUntil)
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else
                        measuredFrom = clock.Elapsed;
                }
                catch (Exception e) when (e is HttpRequestException or TimeoutException)
                {
                    Interlocked.Increment(ref failures);
                }
                finally
                {
                    pending.TryRemove(id, out _);
                }
            }
        }));
        var measured = latencies.Order().ToList();
        var seconds = (clock.Elapsed - measuredFrom).TotalSeconds;
        Console.WriteLine(
            $"load: {conversations} conversations, {measured.Count} turns in {seconds:0.0} s = {measured.Count / seconds:0} turns/s; " +
            $"POST→reply p50 {Percentile(measured, 0.50):0.0} ms, p99 {Percentile(measured, 0.99):0.0} ms, max {measured.LastOrDefault():0.0} ms; failures {failures}; " +
            $"generator peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    private static object Activity(string id, int conversation, string text, string serviceUrl) => new
    {
        type = "message",
        id,
        text,
        textFormat = "plain",
        channelId = "msteams",
        serviceUrl,
        timestamp = DateTimeOffset.UtcNow,
        from = new { id = $"29:user-{conversation}", name = "Load" },
        recipient = new { id = "28:bot", name = "ConventionBot" },
        conversation = new { id = $"a:load-{conversation}", conversationType = "personal", tenantId = "t" },
        channelData = new { tenant = new { id = "t" } },
    };

    private static async Task<WebApplication> StartSinkAsync(ConcurrentDictionary<string, TaskCompletionSource> pending)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", async (string replyTo, HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.GetProperty("type").GetString() == "message" && pending.TryGetValue(replyTo, out var arrived))
                arrived.TrySetResult();
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        app.MapPost("/v3/conversations/{conversation}/activities", () => Results.Json(new { id = "typing" }));
        await app.StartAsync();
        return app;
    }

    private static IEnumerable<string> Urls(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
}
