using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Testing;

namespace ConventionBot.Cli.Tests.Commands;

/// <summary><c>conventionbot manifest pack</c>: a Teams app package that the manifest schema accepts, with our icons.</summary>
public sealed class ManifestCommandTests : IDisposable
{
    private const string AppId = "5f2b9c1e-3d4a-4b6c-8e7f-0a1b2c3d4e5f";
    private readonly string _folder = Directory.CreateTempSubdirectory("conventionbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IReadOnlyList<string> SchemaErrors(JsonNode manifest)
    {
        var input = new JsonObject
        {
            ["schema"] = Path.Combine(RepositoryPaths.Shared, "schemas", "teams-manifest-v1.29.schema.json"),
            ["manifest"] = manifest.DeepClone(),
        };
        var output = JsonNode.Parse(NodeScript.Run(Path.Combine("manifest", "check-manifest.js"), input.ToJsonString()))!;
        return output["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
    }

    /// <summary>Width, height and colour type from a PNG's IHDR chunk (RFC 2083).</summary>
    private static (int Width, int Height, byte ColorType) PngHeader(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[25]);
    }

    [Fact]
    public async Task Pack_writes_a_zip_with_the_app_id_that_validates_against_the_1_29_schema()
    {
        var zipPath = Path.Combine(_folder, "out", "appPackage.zip");

        var (code, output) = await CliRun.RunAsync(new Dictionary<string, string?>(), "manifest", "pack", "--app-id", AppId, "--out", zipPath);

        Assert.Equal(0, code);
        Assert.Contains("appPackage.zip", output);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Empty(SchemaErrors(manifest));
        Assert.Equal((192, 192, (byte)6), PngHeader(ReadAll(zip, "color.png")));
        Assert.Equal((32, 32, (byte)6), PngHeader(ReadAll(zip, "outline.png")));
    }

    [Fact]
    public void The_schema_check_rejects_a_manifest_of_another_version()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "manifest", "manifest.json")))!;
        manifest["manifestVersion"] = "1.17";

        Assert.NotEmpty(SchemaErrors(manifest));
    }

    [Fact]
    public async Task An_app_id_that_is_not_a_guid_is_refused_and_nothing_is_written()
    {
        var zipPath = Path.Combine(_folder, "bad.zip");

        var (code, output) = await CliRun.RunAsync(new Dictionary<string, string?>(), "manifest", "pack", "--app-id", "my-bot", "--out", zipPath);

        Assert.Equal(2, code);
        Assert.Contains("is not an app id", output);
        Assert.False(File.Exists(zipPath));
    }

    private static byte[] ReadAll(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
