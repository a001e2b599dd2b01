using System.ComponentModel.DataAnnotations;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>A query value that, when given, must be shaped like a slug (<see cref="SlugExtensions.IsValidSlug"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class SlugAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null or "" || (value is string text && text.IsValidSlug());
}
