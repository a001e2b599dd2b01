namespace LpipEvidence.Content;

/// <summary>A piece of Markdown with its safe HTML rendering and plain text (for search and exports).</summary>
public sealed record MarkdownText(string Markdown, string Html, string PlainText);
