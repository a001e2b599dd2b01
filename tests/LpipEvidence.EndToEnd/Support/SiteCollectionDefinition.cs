namespace LpipEvidence.EndToEnd.Support;

/// <summary>Every browser test shares one <see cref="SiteFixture"/>: one app and one browser per run.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
