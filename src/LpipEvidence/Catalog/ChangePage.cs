namespace LpipEvidence.Catalog;

/// <summary>One page of the site-wide list of changes, newest first.</summary>
public sealed record ChangePage(int Total, int Page, int PageSize, IReadOnlyList<ChangeEntry> Entries)
{
    /// <summary>How many pages the list has (at least one).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
