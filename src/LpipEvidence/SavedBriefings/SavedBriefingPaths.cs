namespace LpipEvidence.SavedBriefings;

/// <summary>The site-relative addresses of a saved briefing, built here only.</summary>
public static class SavedBriefingPaths
{
    /// <summary>The first segment of every saved briefing's address.</summary>
    public const string Prefix = "/b";

    /// <summary>The briefing page: <c>/b/{id}</c>.</summary>
    public static string Page(string id) => $"{Prefix}/{id}";

    /// <summary>Its Word or Markdown export: <c>/b/{id}/docx</c>, <c>/b/{id}/md</c>.</summary>
    public static string Export(string id, string format) => $"{Prefix}/{id}/{format}";

    /// <summary>The read API's answer for it: <c>/api/briefings/{id}</c>.</summary>
    public static string Api(string id) => $"/api/briefings/{id}";
}
