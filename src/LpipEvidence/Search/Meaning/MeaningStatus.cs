namespace LpipEvidence.Search.Meaning;

/// <summary>Whether search by meaning can answer (search by words does not wait for it).</summary>
public enum MeaningStatus
{
    /// <summary>No embedding model is configured: search works on words only.</summary>
    Off,

    /// <summary>The vectors of the index in use are being made; searches use words only meanwhile.</summary>
    Embedding,

    /// <summary>The index in use has its vectors: searches use words and meaning.</summary>
    Ready,

    /// <summary>The index in use has no vectors and none will be made (a read-only store artifact built without them, or embedding failed).</summary>
    Unavailable,
}
