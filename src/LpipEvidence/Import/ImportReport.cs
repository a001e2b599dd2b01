using LpipEvidence.Search;
using LpipEvidence.Store;

namespace LpipEvidence.Import;

/// <summary>What one import did, stage by stage.</summary>
/// <param name="Store">What the store import found and did.</param>
/// <param name="Index">What bringing the search index up to date did.</param>
/// <param name="Files">Content files (Markdown and YAML) in the folder.</param>
/// <param name="Read">Time to read and validate the folder.</param>
/// <param name="StoreTime">Time to write the store (or find it unchanged).</param>
/// <param name="IndexTime">Time to bring the search index up to date (not counting a background build).</param>
public sealed record ImportReport(ImportResult Store, SearchIndexOutcome Index, int Files, TimeSpan Read, TimeSpan StoreTime, TimeSpan IndexTime)
{
    /// <summary>"imported", "unchanged" or "invalid".</summary>
    public string Outcome => Store.Outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.Unchanged => "unchanged",
        _ => "invalid",
    };
}
