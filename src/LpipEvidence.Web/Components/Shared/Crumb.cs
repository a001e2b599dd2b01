namespace LpipEvidence.Web.Components.Shared;

/// <summary>One link in a breadcrumb trail.</summary>
public sealed record Crumb(string Text, string Href);
