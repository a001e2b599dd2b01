using LpipEvidence.Search;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Suggestions;

namespace LpipEvidence.Tests.Search;

/// <summary>How a parsed query becomes a Lucene query: weighted fields, stems, completions, coordination.</summary>
public sealed class LuceneQueryTests
{
    private static readonly Vocabulary Vocabulary = new([("benchmarking", 3), ("benchmarks", 1), ("benefits", 2), ("clusters", 4)]);

    private static LuceneQuery.Built Build(string input, bool typing = false) =>
        LuceneQuery.Build(SearchQueryParser.Parse(input, prefixLastWord: typing), Vocabulary);

    [Fact]
    public void Word_IsSearchedStemmedInEveryFieldWithItsWeight()
    {
        var query = Build("evaluation").Query.ToString();
        Assert.Contains("title:evalu^10.0", query, StringComparison.Ordinal);
        Assert.Contains("takeaway:evalu^5.0", query, StringComparison.Ordinal);
        Assert.Contains("body:evalu^2.0", query, StringComparison.Ordinal);
        Assert.Contains("themes:evalu", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Phrase_IsAPhraseQueryOfStems() =>
        Assert.Contains("title:\"regular benchmark\"^10.0", Build("\"regular benchmarking\"").Query.ToString(), StringComparison.Ordinal);

    [Fact]
    public void UnfinishedLastWord_IsCompletedFromTheVocabulary()
    {
        var built = Build("regular bench", typing: true);
        var query = built.Query.ToString();
        Assert.Contains("title:benchmark", query, StringComparison.Ordinal);
        Assert.Contains(built.Highlights, h => h.SequenceEqual(["benchmark"]));
        Assert.DoesNotContain(built.Highlights, h => h.SequenceEqual(["benefit"]));
    }

    [Fact]
    public void FinishedLastWord_IsNotCompleted()
    {
        var built = Build("benchmarks", typing: true);
        Assert.Equal([["benchmark"]], built.Highlights.Select(h => h.ToArray()).ToArray());
    }

    [Fact]
    public void Question_NeedsTwoThirdsOfItsWords()
    {
        var query = Assert.IsType<Lucene.Net.Search.BooleanQuery>(Build("how can councils fund research").Query);
        Assert.Equal(2, query.MinimumNumberShouldMatch);
        Assert.Equal(3, query.Clauses.Count);
        Assert.False(query.CoordDisabled);
    }

    [Fact]
    public void TwoWords_AreBothRequired()
    {
        var query = Assert.IsType<Lucene.Net.Search.BooleanQuery>(Build("regional deficits").Query);
        Assert.Equal(0, query.MinimumNumberShouldMatch);
        Assert.All(query.Clauses, c => Assert.Equal(Lucene.Net.Search.Occur.MUST, c.Occur));
        Assert.Equal(2, query.Clauses.Count);
    }

    [Fact]
    public void ExcludedWords_AreNotHighlighted()
    {
        var built = Build("clusters -skills");
        Assert.Equal([["cluster"]], built.Highlights.Select(h => h.ToArray()).ToArray());
        Assert.Contains("-(", built.Query.ToString(), StringComparison.Ordinal);
    }
}
