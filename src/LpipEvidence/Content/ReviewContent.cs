namespace LpipEvidence.Content;

/// <summary>A published evidence review with its metadata, introduction and key findings.</summary>
public sealed record ReviewContent
{
    /// <summary>The review's address part: its folder name.</summary>
    public required string Slug { get; init; }
    /// <summary>Its metadata file, relative to the content folder.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The review's title: the name the site uses for it.</summary>
    public required string Title { get; init; }
    /// <summary>Its subtitle, kept in its data but not shown as its name.</summary>
    public string? Subtitle { get; init; }
    /// <summary>Its authors, in credited order.</summary>
    public required IReadOnlyList<Author> Authors { get; init; }
    /// <summary>Who published it.</summary>
    public required string Publisher { get; init; }
    /// <summary>The month it was published.</summary>
    public required PublicationMonth Published { get; init; }
    /// <summary>The licence it is published under.</summary>
    public required Licence Licence { get; init; }

    /// <summary>The citation exactly as the review gives it (Markdown: the title is in <c>*italics*</c>).</summary>
    public required string Citation { get; init; }
    /// <summary>Where its publisher put the review: an absolute http or https address.</summary>
    public required string SourceUrl { get; init; }

    /// <summary>The LPIP programme theme the review belongs to, for example "Innovation".</summary>
    public required string ProgrammeTheme { get; init; }

    /// <summary>Written <c>draft: true</c>: not published (see <see cref="ContentLayout.DraftField"/>).</summary>
    public bool IsDraft { get; init; }
    /// <summary>Its introduction (aim and readers): the body of its metadata file.</summary>
    public required MarkdownText Introduction { get; init; }
    /// <summary>Its key findings, in order.</summary>
    public required IReadOnlyList<FindingContent> Findings { get; init; }

    /// <summary>Meaningful changes the editors recorded, oldest first (none for a typo fix).</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];
}

/// <summary>An author as the review credits them.</summary>
/// <param name="Given">Given name(s), e.g. "Chloe".</param>
/// <param name="Family">Family name, e.g. "Billing".</param>
/// <param name="Honorific">Optional title shown before the name, e.g. "Dr".</param>
public sealed record Author(string Given, string Family, string? Honorific)
{
    /// <summary>"Dr Chloe Billing".</summary>
    public string DisplayName => string.Join(' ', new[] { Honorific, Given, Family }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>The licence a review is published under.</summary>
/// <param name="Name">Full name, e.g. "Creative Commons Attribution-NonCommercial".</param>
/// <param name="Code">Short code, e.g. "CC BY-NC".</param>
/// <param name="Url">Where the licence text lives.</param>
public sealed record Licence(string Name, string Code, string? Url);
