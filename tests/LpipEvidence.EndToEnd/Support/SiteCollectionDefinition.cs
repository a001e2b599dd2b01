namespace LpipEvidence.EndToEnd.Support;

/// <summary>
/// The browser tests that act on the site (search, briefings, saving, printing, keyboard, reading layout, changes)
/// share one <see cref="SiteFixture"/>: one app and one browser. They run one after another; the collection of
/// <see cref="PageCollectionDefinition"/> runs beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiteCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}

/// <summary>
/// Every page at both widths and in both colour schemes (<see cref="PageTests"/>): more than half the browser
/// tests, and all of them only read. They get an app and a browser of their own so that they run in parallel with
/// the <see cref="SiteCollectionDefinition"/> collection (xunit runs collections in parallel, tests within one in
/// order) without seeing its searches in <see cref="SiteFixture.SearchLog"/> or its saved briefings. Two collections
/// keep both cores busy: a browser test spends much of its time waiting for the browser or the app.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PageCollectionDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "Pages";
}
