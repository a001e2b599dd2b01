namespace LpipEvidence.Tests.Support;

public static partial class RepositoryPaths
{
    /// <summary>
    /// The shipped <c>content/</c> folder, which editors change at any time. Only <c>ShippedContentTests</c> reads it,
    /// to check that it is valid, never what it holds; every other test reads <see cref="FixtureContent"/>.
    /// </summary>
    public static string Content => Path.Combine(Root, "content");
}
