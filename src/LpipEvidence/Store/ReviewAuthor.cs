namespace LpipEvidence.Store;

/// <summary>An author of a review, in credited order.</summary>
public sealed class ReviewAuthor
{
    /// <summary>The row id.</summary>
    public int Id { get; set; }
    /// <summary>The id of the review credited to this author.</summary>
    public int ReviewId { get; set; }
    /// <summary>The author's place in the credit, from 0.</summary>
    public int Position { get; set; }
    /// <summary>Given name(s), e.g. "Chloe".</summary>
    public required string Given { get; set; }
    /// <summary>Family name, e.g. "Billing".</summary>
    public required string Family { get; set; }
    /// <summary>Optional title shown before the name, e.g. "Dr".</summary>
    public string? Honorific { get; set; }
}
