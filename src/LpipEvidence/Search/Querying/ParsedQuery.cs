using System.Text;

namespace LpipEvidence.Search.Querying;

/// <summary>
/// A person's query as understood: clauses that must, may or must not match. A plain query ("what works in local
/// innovation policy") makes each meaningful word optional and asks for <see cref="MinimumShouldMatch"/> of them,
/// so results with more of the words rank higher instead of all-or-nothing; quoted phrases are required. With the
/// operators AND, OR and NOT (in capitals) every clause is required, OR joins alternatives and NOT leaves out.
/// </summary>
/// <param name="Text">The query as it will be shown back: cleaned of control characters and cut to length.</param>
/// <param name="Clauses">What will be searched for, in order.</param>
/// <param name="MinimumShouldMatch">How many optional clauses a result needs.</param>
/// <param name="UsesOperators">Whether AND, OR or NOT were used as operators.</param>
/// <param name="Truncated">Whether the query was longer than <see cref="SearchQueryParser.MaxLength"/> and was cut.</param>
/// <param name="Problem">A friendly explanation when there is nothing to search for.</param>
public sealed record ParsedQuery(string Text, IReadOnlyList<QueryClause> Clauses, int MinimumShouldMatch, bool UsesOperators, bool Truncated, string? Problem)
{
    /// <summary>Whether there is something to search for.</summary>
    public bool HasMatch => Problem is null;

    /// <summary>The units that results are searched for (not the left-out ones).</summary>
    public IEnumerable<QueryUnit> Included => Clauses.Where(c => c.Occur != QueryOccur.Excluded).SelectMany(c => c.AnyOf);

    /// <summary>How many clauses are optional.</summary>
    public int OptionalCount => Clauses.Count(c => c.Occur == QueryOccur.Optional);

    /// <summary>Whether asking for fewer of the words could find more (see <see cref="AnyWord"/>).</summary>
    public bool CanWiden => MinimumShouldMatch > 1;

    /// <summary>
    /// Whether meaning may add to a query's results: only for plain words and questions. Phrases, operators and
    /// left-out words ask for exact words. (The prefix of an unfinished last word only widens the word search;
    /// type-ahead clients that want words alone ask for <see cref="SearchMode.Words"/>.)
    /// </summary>
    public bool IsPlain =>
        !UsesOperators && Clauses.All(c => c.Occur == QueryOccur.Optional) && !Text.Contains('"', StringComparison.Ordinal);

    /// <summary>The same query satisfied by any one of its optional words: the fallback when it finds nothing.</summary>
    public ParsedQuery AnyWord() => this with { MinimumShouldMatch = Math.Min(1, OptionalCount) };

    /// <summary>
    /// A compact form for tests and logs: <c>+required optional -excluded</c>, alternatives in brackets with
    /// <c>|</c>, OR-groups in parentheses, <c>*</c> after a prefix, and <c>~n</c> for the optional clauses needed.
    /// </summary>
    public override string ToString()
    {
        if (Problem is not null) return "";
        var text = new StringBuilder();
        foreach (var clause in Clauses)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(clause.Occur switch { QueryOccur.Required => "+", QueryOccur.Excluded => "-", _ => "" });
            text.Append(clause.AnyOf.Count == 1 ? clause.AnyOf[0].ToString() : "(" + string.Join(" OR ", clause.AnyOf) + ")");
        }
        if (OptionalCount > 0) text.Append(" ~").Append(MinimumShouldMatch);
        return text.ToString();
    }
}
