using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored key finding with its takeaway.</summary>
public sealed class Finding
{
    /// <summary>The row id; it changes on every import (the slug is the stable key).</summary>
    public int Id { get; set; }
    /// <summary>The finding's address part, unique across reviews.</summary>
    public required string Slug { get; set; }
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public required string SourcePath { get; set; }
    /// <summary>The id of the review it belongs to.</summary>
    public int ReviewId { get; set; }
    /// <summary>The review it belongs to.</summary>
    public Review Review { get; set; } = null!;
    /// <summary>Its number within its review, from 1.</summary>
    public int Order { get; set; }
    /// <summary>The finding's title as the review words it.</summary>
    public required string Title { get; set; }
    /// <summary>The finding's text (before its key takeaway): Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Body { get; set; }
    /// <summary>The key takeaway: Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Takeaway { get; set; }
    /// <summary>Its themes, in the editor's order (<see cref="FindingTheme.Position"/>).</summary>
    public List<FindingTheme> Themes { get; set; } = [];
}
