using ConventionBot.Answering;
using ConventionBot.Bot;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Dialogs;
using ConventionBot.BotFramework.State;
using ConventionBot.BotFramework;
using ConventionBot.Calendar;
using ConventionBot.Clock;
using ConventionBot.Dialogs.Announcements;
using ConventionBot.Dialogs.Input;
using ConventionBot.Dialogs.Records;
using ConventionBot.Dialogs.Registration;
using ConventionBot.Dialogs;
using ConventionBot.Hosting;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Storage;
using ConventionBot.Reminders;
using ConventionBot.Staff;
using BotMiddleware = ConventionBot.BotFramework.Builder.IMiddleware;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:3978");

var storePath = StorePath.Resolve(null, builder.Configuration);
builder.Services.AddSingleton(ConfiguredClock.From(builder.Configuration));
builder.Services.AddSingleton<TimeProvider>(services => services.GetRequiredService<ConfiguredClock>());
builder.Services.AddSingleton<ILetterStore>(new SqliteLetterStore(storePath));
builder.Services.AddSingleton<IStorage>(new SqliteStorage(storePath));
builder.Services.AddSingleton(services => new SqliteInstallationStore(storePath, services.GetRequiredService<TrustedServiceUrls>()));
builder.Services.AddSingleton<FactIndexProvider>();
builder.Services.AddSingleton(BotLinks.From(builder.Configuration));
builder.Services.AddAnswerWriter(builder.Configuration);
builder.Services.AddSingleton<ConversationState>();
builder.Services.AddSingleton<UserState>();
builder.Services.AddHostedService<LetterFolderIngestion>();

builder.Services.AddBotFramework(builder.Configuration);
// Middleware runs in this order: log the turn, drop second deliveries, show typing when slow, load and save state.
builder.Services.AddSingleton<BotMiddleware, TurnLoggingMiddleware>();
builder.Services.AddSingleton<BotMiddleware, DuplicateDeliveryGuard>();
builder.Services.AddSingleton<BotMiddleware, ShowTypingMiddleware>();
builder.Services.AddSingleton<BotMiddleware, AutoSaveStateMiddleware>();
builder.Services.AddSingleton<ITurnErrorHandler, TurnErrorHandler>();
builder.Services.AddSingleton(new SqliteRecordStore(storePath));
builder.Services.AddSingleton<IMeetingLinks>(services => services.GetRequiredService<BotLinks>());
builder.Services.AddSingleton<IStaffNotifier, StaffChannelNotifier>();
builder.Services.AddSingleton<RegistrationDialog>();
builder.Services.AddSingleton<InputDialog>();
builder.Services.AddSingleton(new AnnouncementLog(storePath));
builder.Services.AddSingleton<ChannelPoster>();
builder.Services.AddSingleton<AnnouncementDialog>();
builder.Services.AddSingleton(services => new DialogRunner(
    new DialogSet()
        .Add(services.GetRequiredService<RegistrationDialog>())
        .Add(services.GetRequiredService<InputDialog>())
        .Add(services.GetRequiredService<AnnouncementDialog>()),
    services.GetRequiredService<ConversationState>()));
builder.Services.AddSingleton<PersonalChat>();
builder.Services.AddSingleton(services => new ReminderStore(storePath, services.GetRequiredService<TrustedServiceUrls>()));
builder.Services.AddSingleton<ReminderService>();
builder.Services.AddHostedService(services => services.GetRequiredService<ReminderService>());
builder.Services.AddSingleton<StaffDirectory>();
builder.Services.AddHttpClient(nameof(LettersFromChat));
builder.Services.AddSingleton(services => new LettersFromChat(
    services.GetRequiredService<ILetterStore>(), services.GetRequiredService<FactIndexProvider>(), services.GetRequiredService<IHttpClientFactory>(),
    services.GetRequiredService<TimeProvider>(), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "letters-from-chat")));
builder.Services.AddSingleton<IBot, ConventionBotHandler>();

var app = builder.Build();

app.MapPost("/api/messages", (HttpContext http, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted));
app.MapMeetingCalendar();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapGet("/readyz", async (ILetterStore letters, CancellationToken cancellationToken) =>
{
    try
    {
        return Results.Ok(new { status = "ready", letters = await letters.CountAsync(cancellationToken) });
    }
    catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
    {
        return Results.Json(new { status = "store unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

app.Run();

/// <summary>For WebApplicationFactory in the tests.</summary>
public partial class Program;
