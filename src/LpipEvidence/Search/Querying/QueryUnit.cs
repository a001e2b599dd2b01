namespace LpipEvidence.Search.Querying;

/// <summary>One thing to search for: a word, a phrase, or a group of synonyms.</summary>
/// <param name="Alternatives">Word sequences, any of which matches; more than one when synonyms apply.</param>
/// <param name="Prefix">True for the last word while typing: it also matches words that start with it.</param>
/// <param name="Source">The text the person typed for it.</param>
public sealed record QueryUnit(IReadOnlyList<IReadOnlyList<string>> Alternatives, bool Prefix, string Source)
{
    /// <summary>The words as typed, without synonyms.</summary>
    public IReadOnlyList<string> Words => Alternatives[0];

    /// <summary>Whether it is a single word (not a phrase or synonym group).</summary>
    public bool IsSingleWord => Alternatives.Count == 1 && Alternatives[0].Count == 1;

    /// <summary>The unit as <see cref="ParsedQuery.ToString"/> shows it.</summary>
    public override string ToString()
    {
        var options = Alternatives.Select(a => a.Count == 1 ? a[0] : "\"" + string.Join(' ', a) + "\"").ToList();
        var text = options.Count == 1 ? options[0] : "[" + string.Join(" | ", options) + "]";
        return Prefix ? text + "*" : text;
    }
}
