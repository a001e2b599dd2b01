using LpipEvidence.Search;

namespace LpipEvidence.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static readonly SynonymSet Synonyms = new([
        ["R&D", "research and development"],
        ["SME", "SMEs", "small and medium-sized enterprises"],
    ]);

    private static readonly Vocabulary Vocabulary = new([("benchmarking", 3), ("benchmarks", 1), ("benefits", 2), ("clusters", 4)]);

    [Theory]
    [InlineData("clusters", "\"clusters\"")]
    [InlineData("local clusters", "\"local\" AND \"clusters\"")]
    [InlineData("\"regular benchmarking\"", "\"regular benchmarking\"")]
    [InlineData("demand-pull", "\"demand pull\"")]
    [InlineData("place-based policy", "\"place based\" AND \"policy\"")]
    [InlineData("clusters -skills", "(\"clusters\") NOT (\"skills\")")]
    [InlineData("clusters -\"talent pipeline\"", "(\"clusters\") NOT (\"talent pipeline\")")]
    [InlineData("Café", "\"cafe\"")]
    [InlineData("NEAR(a b)", "\"near a\" AND \"b\"")]
    [InlineData("title:secret", "\"title secret\"")]
    [InlineData("a OR b", "\"a\" AND \"or\" AND \"b\"")]
    public void Parse_WithoutPrefix_BuildsQuotedTermsOnly(string input, string expected)
    {
        var parsed = SearchQueryParser.Parse(input, prefixLastWord: false);
        Assert.Equal(expected, parsed.Match);
        Assert.Null(parsed.Problem);
    }

    [Fact]
    public void Parse_LastWordWhileTyping_AlsoMatchesPrefixAndCompletesFromTheVocabulary()
    {
        var parsed = SearchQueryParser.Parse("regular bench", vocabulary: Vocabulary);
        Assert.Equal("\"regular\" AND (\"bench\" OR \"bench\"* OR \"benchmarking\" OR \"benchmarks\")", parsed.Match);
        Assert.True(parsed.Units[^1].Prefix);
        Assert.False(parsed.Units[0].Prefix);
    }

    [Fact]
    public void Parse_LastWordThatIsAlreadyAWord_IsNotCompleted()
    {
        var parsed = SearchQueryParser.Parse("benchmarking", vocabulary: Vocabulary);
        Assert.Equal("\"benchmarking\"", parsed.Match);
    }

    [Fact]
    public void Parse_TrailingSpaceOrClosedPhrase_MeansTheLastWordIsFinished()
    {
        Assert.Equal("\"bench\"", SearchQueryParser.Parse("bench ", vocabulary: Vocabulary).Match);
        Assert.Equal("\"bench\"", SearchQueryParser.Parse("\"bench\"", vocabulary: Vocabulary).Match);
    }

    [Fact]
    public void Parse_Acronym_ExpandsToItsSynonyms()
    {
        var parsed = SearchQueryParser.Parse("R&D spending", Synonyms, prefixLastWord: false);
        Assert.Equal("(\"r d\" OR \"research and development\") AND \"spending\"", parsed.Match);
    }

    [Fact]
    public void Parse_SynonymPhraseTypedAsWords_ExpandsToTheAcronym()
    {
        var parsed = SearchQueryParser.Parse("research and development funding", Synonyms, prefixLastWord: false);
        Assert.Equal("(\"research and development\" OR \"r d\") AND \"funding\"", parsed.Match);
    }

    [Fact]
    public void Parse_SynonymsAreCaseInsensitive()
    {
        var parsed = SearchQueryParser.Parse("smes", Synonyms, prefixLastWord: false);
        Assert.Equal("(\"smes\" OR \"sme\" OR \"small and medium sized enterprises\")", parsed.Match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("&&& ((( ***")]
    [InlineData("😀🎉")]
    [InlineData("-")]
    public void Parse_NothingToSearchFor_ExplainsWithoutAMatch(string input)
    {
        var parsed = SearchQueryParser.Parse(input);
        Assert.Null(parsed.Match);
        Assert.StartsWith("Type a word or phrase", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyExclusions_AsksForAWordToSearchFor()
    {
        var parsed = SearchQueryParser.Parse("-clusters -skills");
        Assert.Null(parsed.Match);
        Assert.StartsWith("Add a word to search for", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryLongQuery_IsCutAtAWordAndSaysSo()
    {
        var parsed = SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("innovation ", 1000)));
        Assert.True(parsed.Truncated);
        Assert.True(parsed.Text.Length <= SearchQueryParser.MaxLength);
        Assert.EndsWith("innovation", parsed.Text, StringComparison.Ordinal);
        Assert.Equal(SearchQueryParser.MaxUnits, parsed.Units.Count);
    }

    [Fact]
    public void Parse_ControlCharacters_AreTreatedAsSpaces()
    {
        var parsed = SearchQueryParser.Parse("clusters\u0000\u0007skills\u202E", prefixLastWord: false);
        Assert.Equal("\"clusters\" AND \"skills\"", parsed.Match);
        Assert.Equal("clusters skills", parsed.Text);
    }

    [Fact]
    public void Parse_UnclosedQuote_RunsThePhraseToTheEnd()
    {
        var parsed = SearchQueryParser.Parse("\"regular benchmarking", prefixLastWord: false);
        Assert.Equal("\"regular benchmarking\"", parsed.Match);
    }

    [Fact]
    public void AnyOf_DropsCommonWordsAndJoinsTheRestWithOr()
    {
        var parsed = SearchQueryParser.Parse("what does the evidence say about clusters", prefixLastWord: false);
        Assert.Equal("\"evidence\" OR \"clusters\"", SearchQueryParser.AnyOf(parsed.Units));
    }

    [Fact]
    public void Vocabulary_Correct_FindsTheClosestMostUsedWord()
    {
        Assert.Equal("benchmarking", Vocabulary.Correct("benchmarkng"));
        Assert.Equal("clusters", Vocabulary.Correct("clustres"));
        Assert.Null(Vocabulary.Correct("clusters"));
        Assert.Null(Vocabulary.Correct("zzzzzzzz"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("abcd", "abdc", 1, 1)]
    [InlineData("same", "same", 0, 0)]
    [InlineData("short", "muchlongerword", 2, -1)]
    public void EditDistance_IsBoundedOptimalStringAlignment(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
}
