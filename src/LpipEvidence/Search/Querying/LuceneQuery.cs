using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LpipEvidence.Search.Querying;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query over the weighted fields, and lists the term sequences
/// that a result's text is highlighted with. Each unit matches any of its alternatives (synonyms, and completions
/// of an unfinished last word) in any field; units are combined with coordination, so results with more of the
/// optional words rank higher.
/// </summary>
internal static class LuceneQuery
{
    /// <summary>Completions of an unfinished last word, most used first.</summary>
    public const int PrefixExpansions = 8;

    /// <summary>The query and what to highlight.</summary>
    public sealed record Built(Query Query, IReadOnlyList<IReadOnlyList<string>> Highlights);

    public static Built Build(ParsedQuery parsed, Vocabulary vocabulary)
    {
        var top = new BooleanQuery(disableCoord: false);
        var highlights = new List<IReadOnlyList<string>>();
        // When every optional clause is needed they are required: the same results and order (coordination is then
        // the same for every result), and Lucene scores required clauses faster than a minimum-should-match.
        var optionalRequired = parsed.MinimumShouldMatch >= parsed.OptionalCount;
        foreach (var clause in parsed.Clauses)
        {
            var collect = clause.Occur == QueryOccur.Excluded ? null : highlights;
            Query query;
            if (clause.AnyOf.Count == 1)
            {
                query = Unit(clause.AnyOf[0], vocabulary, collect);
            }
            else
            {
                var any = new BooleanQuery(disableCoord: true);
                foreach (var unit in clause.AnyOf) any.Add(Unit(unit, vocabulary, collect), Occur.SHOULD);
                query = any;
            }
            top.Add(query, clause.Occur switch
            {
                QueryOccur.Required => Occur.MUST,
                QueryOccur.Excluded => Occur.MUST_NOT,
                _ => optionalRequired ? Occur.MUST : Occur.SHOULD,
            });
        }
        if (parsed.OptionalCount > 0 && !optionalRequired) top.MinimumNumberShouldMatch = parsed.MinimumShouldMatch;
        return new Built(top, highlights);
    }

    /// <summary>One unit: any alternative, in any field, each field with its weight.</summary>
    private static Query Unit(QueryUnit unit, Vocabulary vocabulary, List<IReadOnlyList<string>>? highlights)
    {
        var sequences = new List<IReadOnlyList<string>>();
        foreach (var alternative in unit.Alternatives)
        {
            var stems = SearchAnalysis.Stems(alternative);
            if (stems.Count > 0) sequences.Add(stems);
        }

        // A last word that is already a whole indexed word is taken as finished: stemming already matches its
        // other forms, and completing it ("policy" to "policymakers") would mostly add noise and cost.
        IReadOnlyList<string> completions = [];
        if (unit.Prefix && unit.Words.Count > 0 && vocabulary.DocumentsWith(unit.Words[^1]) == 0 && unit.Words[^1].Length >= 2)
        {
            completions = vocabulary.WithPrefix(unit.Words[^1], PrefixExpansions).Select(SearchAnalysis.Stem)
                .Where(s => s.Length > 0 && !s.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in SearchFields.Searched)
        {
            foreach (var stems in sequences) any.Add(Sequence(field, stems, weight), Occur.SHOULD);
            if (completions.Count > 0)
            {
                var typed = SearchAnalysis.Stems(unit.Words);
                any.Add(Completed(field, typed, completions, weight), Occur.SHOULD);
            }
        }
        if (highlights is not null)
        {
            highlights.AddRange(sequences);
            if (completions.Count > 0)
            {
                var typed = SearchAnalysis.Stems(unit.Words);
                foreach (var completion in completions) highlights.Add([.. typed.Take(typed.Count - 1), completion]);
            }
        }
        return any;
    }

    private static Query Sequence(string field, IReadOnlyList<string> stems, float weight)
    {
        Query query;
        if (stems.Count == 1)
        {
            query = new TermQuery(new Term(field, stems[0]));
        }
        else
        {
            var phrase = new PhraseQuery();
            foreach (var stem in stems) phrase.Add(new Term(field, stem));
            query = phrase;
        }
        query.Boost = weight;
        return query;
    }

    /// <summary>The typed words with the last one completed: a term query for one word, a phrase with a choice at its end for more.</summary>
    private static Query Completed(string field, IReadOnlyList<string> typed, IReadOnlyList<string> completions, float weight)
    {
        Query query;
        if (typed.Count <= 1)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var completion in completions) any.Add(new TermQuery(new Term(field, completion)), Occur.SHOULD);
            query = any;
        }
        else
        {
            var phrase = new MultiPhraseQuery();
            foreach (var stem in typed.Take(typed.Count - 1)) phrase.Add(new Term(field, stem));
            phrase.Add(completions.Select(c => new Term(field, c)).ToArray());
            query = phrase;
        }
        query.Boost = weight;
        return query;
    }
}
