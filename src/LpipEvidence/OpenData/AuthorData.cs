namespace LpipEvidence.OpenData;

/// <summary>An author as the review credits them.</summary>
/// <param name="Name">The name as shown, e.g. "Dr Chloe Billing".</param>
/// <param name="Given">Given name(s).</param>
/// <param name="Family">Family name.</param>
/// <param name="Honorific">Title shown before the name, e.g. "Dr", or null.</param>
public sealed record AuthorData(string Name, string Given, string Family, string? Honorific);
