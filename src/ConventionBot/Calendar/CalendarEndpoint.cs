using ConventionBot.Bot;
using ConventionBot.Letters.Answering;

namespace ConventionBot.Calendar;

/// <summary><c>GET /calendar/{meeting}.ics</c>: the file behind a card's Add to calendar button.</summary>
public static class CalendarEndpoint
{
    public static void MapMeetingCalendar(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{key}.ics", async (string key, FactIndexProvider facts, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var now = time.GetUtcNow();
            var index = (await facts.GetAsync(cancellationToken)).AsOf(DateOnly.FromDateTime(now.UtcDateTime));
            var meeting = index.Meetings.FirstOrDefault(m => m.Fact.Key == key);
            if (meeting is null)
                return Results.NotFound(new { error = $"The letters name no meeting '{key}'." });
            if (MeetingCalendar.Create(meeting, now) is not { } ics)
                return Results.NotFound(new { error = $"The letters give no firm dates for the {meeting.Fact.Name} yet." });
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ics), MeetingCalendar.ContentType + "; charset=utf-8", $"{key}.ics");
        });
}
