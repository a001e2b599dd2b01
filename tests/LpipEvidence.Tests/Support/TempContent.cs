using System.Text;

namespace LpipEvidence.Tests.Support;

/// <summary>
/// A small valid content folder in a temp directory (one review, two findings, two themes) that a test can
/// break one file at a time. Deleted on dispose.
/// </summary>
public sealed class TempContent : IDisposable
{
    public const string ReviewPath = "reviews/sample/review.md";
    public const string FirstFindingPath = "reviews/sample/findings/01-first.md";
    public const string SecondFindingPath = "reviews/sample/findings/02-second.md";
    public const string ClustersThemePath = "themes/clusters.md";
    public const string SkillsThemePath = "themes/skills.md";

    public const string Review = """
        ---
        title: Sample Evidence Review
        subtitle: Sample Policy Briefing
        authors:
          - given: Ada
            family: Example
            title: Dr
        publisher: Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham
        published: 2024-10
        licence:
          name: Creative Commons Attribution-NonCommercial
          code: CC BY-NC
          url: https://creativecommons.org/licenses/by-nc/4.0/
        citation: "Example, A 2024, *Sample Evidence Review*. The Hub. <https://example.org/sample>"
        source: https://example.org/sample
        programme-theme: Innovation
        ---
        An introduction to the sample review.
        """;

    public const string FirstFinding = """
        ---
        title: First Finding About Clusters
        order: 1
        themes:
          - clusters
        ---
        Clusters matter for places.

        ## Key takeaway

        Support clusters.
        """;

    public const string SecondFinding = """
        ---
        title: Second Finding About Skills
        order: 2
        themes:
          - skills
          - clusters
        ---
        Skills matter too.

        ## Key takeaway

        Train people.
        """;

    public const string ClustersTheme = """
        ---
        title: Clusters
        order: 1
        ---
        Groups of related firms in a place.
        """;

    public const string SkillsTheme = """
        ---
        title: Skills
        order: 2
        ---
        What people need to know.
        """;

    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "lpip-content-" + Guid.NewGuid().ToString("N"));
        Write(ReviewPath, Review);
        Write(FirstFindingPath, FirstFinding);
        Write(SecondFindingPath, SecondFinding);
        Write(ClustersThemePath, ClustersTheme);
        Write(SkillsThemePath, SkillsTheme);
    }

    public string Root { get; }

    public TempContent Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public TempContent WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TempContent Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Copies a whole folder (for example the content fixtures) over this one.</summary>
    public static TempContent CopyOf(string source)
    {
        var content = new TempContent();
        Directory.Delete(content.Root, recursive: true);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return content;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
