using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Cards;
using ConventionBot.Letters.Answering;
using ConventionBot.Letters.Ingestion;
using ConventionBot.Letters.Model;
using ConventionBot.Letters.Storage;

namespace ConventionBot.Staff;

/// <summary>
/// Staff feed the bot letters without a terminal: a file sent to the bot in Teams (a file attachment with its download
/// URL) or the text pasted after "ingest". The letter is kept in the letters-from-chat folder beside the store, ingested
/// like any other, the facts reloaded, and a summary card says what was found, with Announce as the next step.
/// </summary>
public sealed class LettersFromChat(ILetterStore store, FactIndexProvider facts, IHttpClientFactory http, TimeProvider time, string folder)
{
    public const string TeamsFileDownload = "application/vnd.microsoft.teams.file.download.info";
    public const int MaxBytes = 20 * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"];

    /// <summary>The letters a message carries: Teams file attachments, or text pasted after "ingest".</summary>
    public static bool Carries(Activity activity) =>
        activity.Attachments?.Any(a => a.ContentType == TeamsFileDownload) == true || PastedText(activity) is not null;

    public async Task IngestAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<string>();
        if (PastedText(turn.Activity) is { } pasted)
        {
            var path = Path.Combine(Directory.CreateDirectory(folder).FullName, $"pasted-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}.txt");
            await File.WriteAllTextAsync(path, pasted, cancellationToken);
            files.Add(path);
        }
        foreach (var attachment in turn.Activity.Attachments?.Where(a => a.ContentType == TeamsFileDownload) ?? [])
        {
            try
            {
                files.Add(await DownloadAsync(attachment, cancellationToken));
            }
            catch (Exception e) when (e is LetterDownloadException or HttpRequestException)
            {
                problems.Add($"{attachment.Name}: {e.Message}");
            }
        }
        var results = files.Count == 0 ? [] : await new LetterIngestor(store).IngestAsync(files, null, cancellationToken);
        var index = await facts.ReloadAsync(cancellationToken);
        foreach (var result in results)
        {
            if (result.Status == IngestStatus.Failed)
                problems.Add($"{Path.GetFileName(result.Path)}: {result.Error}");
            else if (index.Letters.FirstOrDefault(l => l.Id == result.LetterId) is { } letter)
                await turn.SendActivityAsync(Summary(turn.Activity, letter, result, index, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken);
        }
        if (problems.Count > 0)
            await turn.SendActivityAsync(turn.Activity.CreateReply("Not added: " + string.Join("; ", problems)), cancellationToken);
    }

    private static Activity Summary(Activity incoming, LetterRef letter, IngestResult result, FactIndex index, DateOnly today)
    {
        var full = index.Meetings.Where(m => m.Letter.Id == letter.Id).ToList();
        var deadlines = index.Deadlines.Where(d => d.Letter.Id == letter.Id)
            .Select(d => $"{d.Fact.What}: {Wording.Day(d.Fact.Due)}").ToList();
        var status = result.Status == IngestStatus.Unchanged ? "already known, unchanged" : result.Status == IngestStatus.Replaced ? "updated" : "added";
        var title = $"{Wording.LetterOf(letter.Date)} {status}";
        var card = CardAttachment.From("ingested", new
        {
            Title = title,
            From = Wording.SignedBy(letter.Author, letter.Role) ?? "unsigned",
            FallbackText = $"{title}: {result.Meetings} meeting(s), {result.Deadlines} deadline(s).",
            Meetings = full.Select(m => new { m.Fact.Name, When = m.Fact.Dates?.ToString() ?? "either " + string.Join(" or ", m.Fact.Alternatives) }),
            Deadlines = deadlines,
            Warnings = result.Warnings ?? [],
            Announce = full.Where(m => m.Fact.LatestEnd >= today).Select(m => new { m.Fact.Name, m.Fact.Key }),
        });
        return CardAttachment.Reply(incoming, title, card);
    }

    private async Task<string> DownloadAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(attachment.Name ?? "");
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            throw new LetterDownloadException("a letter is a .txt, .md, .docx, .pdf or .html file");
        if (attachment.Content?.TryGetProperty("downloadUrl", out var url) != true || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            || !(uri.Scheme == "https" || (uri.Scheme == "http" && uri.IsLoopback)))
            throw new LetterDownloadException("the attachment has no https download URL");
        using var response = await http.CreateClient(nameof(LettersFromChat)).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new LetterDownloadException($"the download answered {(int)response.StatusCode}");
        if (response.Content.Headers.ContentLength > MaxBytes)
            throw new LetterDownloadException("the file is larger than 20 MB");
        var path = Path.Combine(Directory.CreateDirectory(folder).FullName, name);
        try
        {
            await CopyBoundedAsync(response, path, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return path;
    }

    private static async Task CopyBoundedAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var target = File.Create(path);
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                    throw new LetterDownloadException("the file is larger than 20 MB");
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }

    /// <summary>"ingest" on the first line, the letter below it.</summary>
    private static string? PastedText(Activity activity)
    {
        var text = activity.Text?.TrimStart();
        if (text is null || !text.StartsWith("ingest", StringComparison.OrdinalIgnoreCase))
            return null;
        var newline = text.IndexOf('\n');
        return newline < 0 || text[..newline].Trim().Length != "ingest".Length ? null : text[(newline + 1)..].Trim();
    }
}

/// <summary>A letter sent in chat that could not be fetched.</summary>
public sealed class LetterDownloadException(string message) : Exception(message);
