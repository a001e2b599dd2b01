using LpipEvidence.Content;

namespace LpipEvidence.History;

/// <summary>
/// The words of one version of a content file that a reader sees: its title, then its Markdown text, without the
/// rest of the front matter (themes, order, change notes), which is not the evidence's wording.
/// </summary>
public static class VersionText
{
    /// <summary>The title and text of a version; the whole file, trimmed, when its front matter cannot be read.</summary>
    public static string Of(string fileText)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        var normalised = fileText.Replace("\r\n", "\n", StringComparison.Ordinal);
        // An old version may be malformed; its errors concern nobody now, so they are dropped.
        var errors = new List<ContentError>();
        if (FrontMatter.Parse(new SourceFile("version", normalised), errors) is not { } frontMatter) return normalised.Trim();
        var body = frontMatter.Body.Trim();
        return frontMatter.OptionalString("title") is { } title ? title + "\n\n" + body : body;
    }
}
