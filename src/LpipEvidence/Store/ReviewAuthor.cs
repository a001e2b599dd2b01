namespace LpipEvidence.Store;

/// <summary>An author of a review, in credited order.</summary>
public sealed class ReviewAuthor
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public int Position { get; set; }
    public required string Given { get; set; }
    public required string Family { get; set; }
    public string? Honorific { get; set; }
}
