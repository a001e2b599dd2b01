using System.Text.RegularExpressions;
using LpipEvidence.Content;

namespace LpipEvidence.History;

/// <summary>
/// The words of one version of a content file that a reader sees: its title, then its Markdown text, without the
/// rest of the front matter (themes, order, change notes), which is not the evidence's wording.
/// </summary>
public static partial class VersionText
{
    /// <summary>The title and text of a version; the whole file, trimmed, when its front matter cannot be read.</summary>
    public static string Of(string fileText)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        var normalised = fileText.Replace("\r\n", "\n", StringComparison.Ordinal);
        // An old version may be malformed; its errors concern nobody now, so they are dropped.
        var errors = new List<ContentError>();
        if (FrontMatter.Parse(new SourceFile("version", normalised), errors) is not { } frontMatter) return normalised.Trim();
        // A heading reads as its words ("Key takeaway"), as on the page, not as Markdown ("## Key takeaway"). Emphasis
        // and links keep their marks: a changed link address is a change a reader should see.
        var body = HeadingMark().Replace(frontMatter.Body.Text.Trim(), "");
        return frontMatter.OptionalString("title") is { } title ? title + "\n\n" + body : body;
    }

    /// <summary>An ATX heading's opening hashes and the space after them (Markdown allows up to three spaces before).</summary>
    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingMark();
}
