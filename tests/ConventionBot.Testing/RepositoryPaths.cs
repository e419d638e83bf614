namespace ConventionBot.Testing;

/// <summary>The checkout's root (where ConventionBot.sln is) and the shared/ folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedLetters => Path.Combine(Shared, "letters");

    public static string SampleLetters => Path.Combine(Root, "samples", "letters");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ConventionBot.sln")))
                return folder.FullName;
        throw new InvalidOperationException("ConventionBot.sln not found above the test binaries");
    }
}
