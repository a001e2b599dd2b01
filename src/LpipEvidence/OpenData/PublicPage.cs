namespace LpipEvidence.OpenData;

/// <summary>A public page of the site and when it last changed, for the sitemap.</summary>
/// <param name="Path">Its site-relative address.</param>
/// <param name="LastModified">The newest date that concerns it (change notes, publication), or null when none does.</param>
public sealed record PublicPage(string Path, DateOnly? LastModified);
