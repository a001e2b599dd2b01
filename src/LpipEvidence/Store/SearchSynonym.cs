namespace LpipEvidence.Store;

/// <summary>One entry of a synonym group used by search ("R&amp;D" in the group with "research and development").</summary>
public sealed class SearchSynonym
{
    public int Id { get; set; }
    public int Group { get; set; }
    public int Position { get; set; }
    public required string Phrase { get; set; }
}
