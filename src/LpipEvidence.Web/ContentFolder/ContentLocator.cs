namespace LpipEvidence.Web.ContentFolder;

/// <summary>Resolves the content folder from configuration or, by default, from where the app runs.</summary>
public static class ContentLocator
{
    /// <summary>The full path of the content folder, or null when none is configured and none can be found.</summary>
    public static string? Resolve(string? configured, params string?[] searchFrom) =>
        Resolve(configured, Environment.CurrentDirectory, searchFrom);

    /// <summary>
    /// As <see cref="Resolve(string?, string?[])"/>, with a relative <paramref name="configured"/> path taken from
    /// <paramref name="currentDirectory"/> or, when it is not there, from the nearest folder above that holds it:
    /// <c>dotnet run --project src/LpipEvidence.Web -- check --content content</c> runs in the project's folder, not
    /// the one the person typed it in.
    /// </summary>
    public static string? Resolve(string? configured, string currentDirectory, params string?[] searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (Path.IsPathRooted(configured)) return Path.GetFullPath(configured);
            for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, configured));
                if (Directory.Exists(candidate)) return candidate;
            }
            return Path.GetFullPath(Path.Combine(currentDirectory, configured));
        }
        foreach (var start in searchFrom.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "reviews"))) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// The full path of a file named on the command line, found as a relative content folder is: from the current
    /// directory or the nearest folder above that holds it (<c>dotnet run --project</c> runs in the project's folder).
    /// </summary>
    public static string ResolveFile(string named)
    {
        if (Path.IsPathRooted(named)) return Path.GetFullPath(named);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, named));
            if (File.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(named);
    }

    /// <summary>How to show the folder in messages: relative to the current directory when below it.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
