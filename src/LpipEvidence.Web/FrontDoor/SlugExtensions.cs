namespace LpipEvidence.Web.FrontDoor;

/// <summary>Route values checked before they reach the store: anything not shaped like a slug is simply not found.</summary>
public static class SlugExtensions
{
    public static bool IsValidSlug(this string? value) => LpipEvidence.Content.Slug.IsValid(value);
}
