namespace LpipEvidence.Search;

/// <summary>
/// Which content of the store an index was built from: the id and content hash of the store's latest import
/// (0 and "" for a store that has never imported anything).
/// </summary>
public sealed record StoreGeneration(int ImportId, string ContentHash)
{
    /// <summary>A store with nothing imported yet.</summary>
    public static StoreGeneration Empty { get; } = new(0, "");

    /// <summary>A short form for names and logs: the import id and the first 12 characters of the hash.</summary>
    public string ShortName => ContentHash.Length == 0 ? $"{ImportId}-empty" : $"{ImportId}-{ContentHash[..Math.Min(12, ContentHash.Length)]}";
}
