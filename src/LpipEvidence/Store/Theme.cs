using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored cross-cutting theme.</summary>
public sealed class Theme
{
    /// <summary>The row id; it changes on every import (the slug is the stable key).</summary>
    public int Id { get; set; }
    /// <summary>The theme's address part: its file name without ".md".</summary>
    public required string Slug { get; set; }
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public required string SourcePath { get; set; }
    /// <summary>The theme's title.</summary>
    public required string Title { get; set; }
    /// <summary>Where the editor placed it among themes; <see cref="int.MaxValue"/> when unset.</summary>
    public int Order { get; set; }
    /// <summary>What the theme covers: Markdown, safe HTML and plain text.</summary>
    public required MarkdownText Description { get; set; }
    /// <summary>The findings filed under it.</summary>
    public List<FindingTheme> Findings { get; set; } = [];
}
