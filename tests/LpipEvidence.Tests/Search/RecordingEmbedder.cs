using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Tests.Search;

/// <summary>The process's one MiniLM, recording every text it embeds; optionally held until released.</summary>
public sealed class RecordingEmbedder(bool held = false) : ITextEmbedder
{
    private readonly List<string> _texts = [];
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ModelName => MiniLmEmbedder.Shared.ModelName;

    public int Dimensions => MiniLmEmbedder.Shared.Dimensions;

    public IReadOnlyList<string> Texts
    {
        get { lock (_texts) return [.. _texts]; }
    }

    /// <summary>Lets a held embedder go on.</summary>
    public void Release() => _release.TrySetResult();

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (held) _release.Task.Wait(cancellationToken);
        lock (_texts) _texts.AddRange(texts);
        return MiniLmEmbedder.Shared.Embed(texts, cancellationToken);
    }
}
