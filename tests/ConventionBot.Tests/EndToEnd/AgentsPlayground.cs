using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ConventionBot.Tests.EndToEnd;

/// <summary>
/// Microsoft 365 Agents Playground (npm, pinned in tests/e2e/package.json) in msteams mode, pointed at the bot,
/// driven through its own HTTP API; the bot's messages are read from its conversation WebSocket, as its page does.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private Task _reading = Task.CompletedTask;

    private AgentsPlayground(Process process, int port)
    {
        _process = process;
        Port = port;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public int Port { get; }

    public string PageUrl => $"http://127.0.0.1:{Port}/";

    public string PersonalChatId { get; private set; } = "";

    public string UserId { get; private set; } = "";

    /// <summary>Every message the bot posted, as the playground streamed it.</summary>
    public ConcurrentQueue<JsonElement> BotMessages { get; } = new();

    public static string CliPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "tests", "e2e", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static async Task<AgentsPlayground> StartAsync(string repositoryRoot, string botEndpoint, string workingFolder)
    {
        var cli = CliPath(repositoryRoot);
        if (!File.Exists(cli))
            throw new InvalidOperationException($"The Agents Playground is not installed: run 'npm ci' in tests/e2e ({cli} is missing).");
        var port = FreePort();
        var start = new ProcessStartInfo("node", [cli, "start", "-e", botEndpoint, "-c", "msteams", "-p", port.ToString(), "--dt"])
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var playground = new AgentsPlayground(process, port);
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Listening on", StringComparison.Ordinal) == true) listening.TrySetResult(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await playground.ConnectAsync();
        return playground;
    }

    private async Task ConnectAsync()
    {
        using var config = JsonDocument.Parse(await _http.GetStringAsync("_internal/v1/config"));
        PersonalChatId = config.RootElement.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;
        UserId = config.RootElement.GetProperty("config").GetProperty("currentUser").GetProperty("id").GetString()!;
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _reading = ReadAsync();
    }

    /// <summary>Installs the bot in the personal chat: the bot receives installationUpdate and conversationUpdate.</summary>
    public Task InstallAsync() => Post($"_debug/conversation/{PersonalChatId}/installation", new { });

    public Task SendAsync(string text) =>
        Post($"_conversation/v1/conversations/{PersonalChatId}/messages", new { from = new { id = UserId }, text, textFormat = "plain" });

    /// <summary>Presses an Action.Submit button of the card in message <paramref name="cardMessageId"/>.</summary>
    public Task SubmitAsync(string cardMessageId, JsonElement data) =>
        Post("_conversation/v1/submit", new { conversation = new { id = PersonalChatId }, from = new { id = UserId }, replyToId = cardMessageId, value = data });

    /// <summary>Waits for the first bot message after <paramref name="skip"/> earlier ones that matches.</summary>
    public async Task<JsonElement> WaitForMessageAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            foreach (var message in BotMessages)
                if (match(message))
                    return message;
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot's message did not arrive in the playground; it received: " + string.Join(" | ", BotMessages.Select(m => m.GetRawText())));
    }

    private async Task Post(string path, object body) =>
        (await _http.PostAsJsonAsync(path, body)).EnsureSuccessStatusCode();

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage)
                    continue;
                using var frame = JsonDocument.Parse(text.ToString());
                text.Clear();
                if (frame.RootElement.TryGetProperty("action", out var action) && action.GetString() == "createMessage")
                    BotMessages.Enqueue(frame.RootElement.GetProperty("message").Clone());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the playground was stopped
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _socket.Dispose();
        _http.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
