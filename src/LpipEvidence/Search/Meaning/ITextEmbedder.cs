namespace LpipEvidence.Search.Meaning;

/// <summary>
/// Turns text into vectors that are close when the texts mean similar things: the "meaning" half of search.
/// Implementations are deterministic (the same text and model give the same vector), thread-safe, and return
/// vectors of length <see cref="Dimensions"/> normalised to length 1, so a dot product is the cosine similarity.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>The model's name: vectors of different models are never compared or reused.</summary>
    string ModelName { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One normalised vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
