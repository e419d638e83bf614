using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace ConventionBot.Cli.Commands;

/// <summary>
/// <c>conventionbot manifest pack --app-id ID [--out appPackage.zip]</c>: the Teams app package — manifest/manifest.json
/// with the Azure Bot's app id as the app's id and the bot's id, and the two icons, at the root of a zip, as Teams
/// expects to upload it. The files travel inside the command, so it works from any folder.
/// </summary>
public static class ManifestCommand
{
    public static readonly string[] PackageFiles = ["manifest.json", "color.png", "outline.png"];

    public static Command Create(IAnsiConsole console)
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the zip.", DefaultValueFactory = _ => "appPackage.zip" };
        var pack = new Command("pack", "Write the Teams app package for this bot.") { appId, output };
        pack.SetAction(parse =>
        {
            if (!Guid.TryParse(parse.GetValue(appId), out var id))
            {
                console.MarkupLine($"[red]error:[/] '{Markup.Escape(parse.GetValue(appId) ?? "")}' is not an app id (a GUID such as 5f2b…-…).");
                return 2;
            }
            var path = Path.GetFullPath(parse.GetValue(output)!);
            Write(path, id.ToString());
            console.MarkupLine($"Wrote {Markup.Escape(path)}: manifest.json (id {id}), color.png, outline.png.");
            return 0;
        });
        return new Command("manifest", "The Teams app package.") { pack };
    }

    private static void Write(string path, string appId)
    {
        var manifest = JsonNode.Parse(Read("manifest.json"))!;
        manifest["id"] = appId;
        foreach (var bot in manifest["bots"]!.AsArray())
            bot!["botId"] = appId;
        if (Path.GetDirectoryName(path) is { } folder)
            Directory.CreateDirectory(folder);
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var entry = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            entry.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        foreach (var icon in PackageFiles.Skip(1))
        {
            using var source = typeof(ManifestCommand).Assembly.GetManifestResourceStream("manifest/" + icon)!;
            using var target = zip.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    private static string Read(string file)
    {
        using var stream = typeof(ManifestCommand).Assembly.GetManifestResourceStream("manifest/" + file)
                           ?? throw new InvalidOperationException($"{file} is not packed into the command");
        return new StreamReader(stream).ReadToEnd();
    }
}
