using System.Diagnostics;

namespace ConventionBot.Testing;

/// <summary>Runs one of the Node.js scripts in tests/e2e (where Microsoft's npm packages are installed): JSON in, JSON out.</summary>
public static class NodeScript
{
    public static string Run(string script, string input, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("node", Path.Combine(RepositoryPaths.Root, "tests", "e2e", script))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.StandardInput.Write(input);
        node.StandardInput.Close();
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        if (!node.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} took too long");
        }
        if (node.ExitCode != 0)
            throw new InvalidOperationException($"{script} failed ({node.ExitCode}): {stderr.Result}");
        return stdout;
    }
}
