namespace LpipEvidence.Web.Hosting;

/// <summary>Resolves the content folder from configuration or, by default, from where the app runs.</summary>
public static class ContentLocator
{
    /// <summary>The full path of the content folder, or null when none is configured and none can be found.</summary>
    public static string? Resolve(string? configured, params string?[] searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
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

    /// <summary>How to show the folder in messages: relative to the current directory when below it.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
