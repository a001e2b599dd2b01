namespace LpipEvidence.Search.Meaning;

/// <summary>
/// The vectors of recently embedded texts (queries, sentences of results), least recently used dropped first,
/// so typing, paging and repeated searches do not embed the same text twice. Thread-safe.
/// </summary>
public sealed class VectorCache(ITextEmbedder embedder, int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _order = new();

    /// <summary>How many texts were embedded (not found in the cache), for tests and diagnostics.</summary>
    public int Misses { get; private set; }

    /// <summary>How many texts it holds.</summary>
    public int Count
    {
        get { lock (_entries) return _entries.Count; }
    }

    /// <summary>The vector of <paramref name="text"/> when it is held (then used most recently), without embedding.</summary>
    public bool TryGet(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out float[]? vector)
    {
        lock (_entries) return TryUse(text, out vector);
    }

    /// <summary>The held vector of <paramref name="text"/>, made the most recently used; call under the lock.</summary>
    private bool TryUse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out float[]? vector)
    {
        vector = null;
        if (!_entries.TryGetValue(text, out var node)) return false;
        _order.Remove(node);
        _order.AddFirst(node);
        vector = node.Value.Vector;
        return true;
    }

    /// <summary>The vector of <paramref name="text"/>, embedded only if not already held.</summary>
    public float[] Get(string text, CancellationToken cancellationToken = default) => GetAll([text], cancellationToken)[0];

    /// <summary>The vectors of <paramref name="texts"/>, those not held embedded together.</summary>
    public float[][] GetAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        var missing = new List<int>();
        lock (_entries)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (TryUse(texts[i], out var vector)) result[i] = vector;
                else missing.Add(i);
            }
        }
        if (missing.Count == 0) return result;
        // Embedded outside the lock: other searches are not held up by this one's model run.
        var made = embedder.Embed(missing.Select(i => texts[i]).ToList(), cancellationToken);
        lock (_entries)
        {
            for (var j = 0; j < missing.Count; j++)
            {
                var text = texts[missing[j]];
                result[missing[j]] = made[j];
                Misses++;
                if (_entries.ContainsKey(text)) continue;
                _entries[text] = _order.AddFirst((text, made[j]));
                if (_entries.Count > capacity)
                {
                    _entries.Remove(_order.Last!.Value.Text);
                    _order.RemoveLast();
                }
            }
        }
        return result;
    }
}
