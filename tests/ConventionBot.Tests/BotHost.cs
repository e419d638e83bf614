using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConventionBot.BotFramework.Auth;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Tests;

/// <summary>
/// The real host (Program) on a fresh SQLite file, with the sample letters, a fixed "today", and whatever settings a
/// test adds. Outbound tokens come from a fixed provider: Azure AD cannot run here.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-host-").FullName;

    public BotHost(Dictionary<string, string?>? settings = null, string? storePath = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        StorePath = storePath ?? Path.Combine(_folder, "bot.db");
        _settings = new Dictionary<string, string?>
        {
            ["ConventionBot:Storage:Path"] = StorePath,
            ["ConventionBot:Clock:Today"] = "2026-11-23",
            ["MicrosoftAppId"] = "",
        };
        foreach (var (key, value) in settings ?? [])
            _settings[key] = value;
    }

    public string StorePath { get; }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("outbound-token");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IBotTokenProvider, FixedToken>());
            _services?.Invoke(services);
        });
    }

    public async Task<HttpResponseMessage> PostAsync(object activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, BotJson.Options), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await CreateClient().SendAsync(request);
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the replies from the HTTP response.</summary>
    public async Task<IReadOnlyList<Activity>> AskAsync(Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Activities shaped like the ones Teams (and the Agents Playground in msteams mode) sends.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";

    public static Activity Message(string text, string serviceUrl = "http://localhost:56151/_connector", string? id = null)
    {
        var activity = Base(ActivityTypes.Message, serviceUrl, id);
        activity.Text = text;
        activity.TextFormat = "plain";
        return activity;
    }

    /// <summary>An Action.Submit press: a message with no text whose value is the card's inputs and the button's data.</summary>
    public static Activity Submit(object value, string? id = null)
    {
        var activity = Base(ActivityTypes.Message, "http://localhost:56151/_connector", id);
        activity.Value = BotJson.ToElement(value);
        return activity;
    }

    public static Activity MembersAdded(string serviceUrl = "http://localhost:56151/_connector", params string[] members)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, serviceUrl, null);
        activity.MembersAdded = members.Select(m => new ChannelAccount { Id = m }).ToList();
        return activity;
    }

    public static Activity Invoke(string name, object value, string serviceUrl = "http://localhost:56151/_connector")
    {
        var activity = Base(ActivityTypes.Invoke, serviceUrl, null);
        activity.Name = name;
        activity.Value = BotJson.ToElement(value);
        return activity;
    }

    public static Activity Base(string type, string serviceUrl, string? id) => new()
    {
        Type = type,
        Id = id ?? Guid.NewGuid().ToString(),
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = UserId, Name = "Alex Wilber", AadObjectId = "00000000-0000-0000-0000-000000000020" },
        Recipient = new ChannelAccount { Id = BotId, Name = "ConventionBot" },
        Conversation = new ConversationAccount { Id = "a:personal-1", ConversationType = "personal", TenantId = "tenant-1" },
        ChannelData = BotJson.ToElement(new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } }),
        Locale = "en-US",
    };
}
