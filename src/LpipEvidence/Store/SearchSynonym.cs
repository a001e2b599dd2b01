namespace LpipEvidence.Store;

/// <summary>One entry of a synonym group used by search ("R&amp;D" in the group with "research and development").</summary>
public sealed class SearchSynonym
{
    /// <summary>The row id.</summary>
    public int Id { get; set; }
    /// <summary>The group the phrase belongs to: phrases of one group mean the same in searches.</summary>
    public int Group { get; set; }
    /// <summary>The phrase's place in its group, from 0.</summary>
    public int Position { get; set; }
    /// <summary>A word or phrase, as the editor wrote it.</summary>
    public required string Phrase { get; set; }
}
