// BASELINE: a copy of the FTS5 search of commit 695dd89 (before Lucene.NET), kept so that one benchmark run measures
// before and after side by side. Do not change its behaviour.
using LpipEvidence.Search;
namespace LpipEvidence.Benchmarks.Fts5;

/// <summary>
/// A person's query turned into a safe FTS5 expression. <see cref="Match"/> is built only from quoted words
/// (letters and digits) and the operators AND, OR, NOT and *, so no user input ever reaches MATCH as syntax.
/// </summary>
/// <param name="Text">The query as it will be shown back: cleaned of control characters and cut to length.</param>
/// <param name="Match">The FTS5 expression, or null when there is nothing to search for.</param>
/// <param name="Units">What will be searched for, in order (for suggestions and "any word" fallback).</param>
/// <param name="Truncated">Whether the query was longer than <see cref="Fts5QueryParser.MaxLength"/> and was cut.</param>
/// <param name="Problem">A friendly explanation when <see cref="Match"/> is null.</param>
public sealed record Fts5ParsedQuery(string Text, string? Match, IReadOnlyList<Fts5QueryUnit> Units, bool Truncated, string? Problem)
{
    /// <summary>Whether there is something to search for.</summary>
    public bool HasMatch => Match is not null;
}

/// <summary>One thing to search for (or leave out): a word, a phrase, or a group of synonyms.</summary>
/// <param name="Alternatives">Word sequences, any of which matches; more than one when synonyms apply.</param>
/// <param name="Excluded">True for -word: results must not contain it.</param>
/// <param name="Prefix">True for the last word while typing: it also matches words that start with it.</param>
/// <param name="Source">The text the person typed for it.</param>
public sealed record Fts5QueryUnit(IReadOnlyList<IReadOnlyList<string>> Alternatives, bool Excluded, bool Prefix, string Source)
{
    /// <summary>The words as typed, without synonyms.</summary>
    public IReadOnlyList<string> Words => Alternatives[0];

    /// <summary>Whether it is a single word (not a phrase or synonym group).</summary>
    public bool IsSingleWord => Alternatives.Count == 1 && Alternatives[0].Count == 1;
}
