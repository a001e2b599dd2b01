using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Suggestions;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// What a typed query means. <see cref="ParsedQuery.ToString"/> shows it compactly: <c>+</c> required,
/// <c>-</c> left out, plain optional, <c>[a | b]</c> alternatives, <c>(a OR b)</c> OR-groups, <c>*</c> an
/// unfinished word, <c>~n</c> how many optional words a result needs.
/// </summary>
public sealed class SearchQueryParserTests
{
    private static readonly SynonymSet Synonyms = new([
        ["R&D", "research and development"],
        ["SME", "SMEs", "small and medium-sized enterprises"],
    ]);

    private static string Parse(string input, SynonymSet? synonyms = null, bool typing = false) =>
        SearchQueryParser.Parse(input, synonyms, typing).ToString();

    [Theory]
    [InlineData("clusters", "clusters ~1")]
    [InlineData("local clusters", "local clusters ~2")]
    [InlineData("\"regular benchmarking\"", "+\"regular benchmarking\"")]
    [InlineData("demand-pull", "\"demand pull\" ~1")]
    [InlineData("place-based policy", "\"place based\" policy ~2")]
    [InlineData("clusters -skills", "clusters -skills ~1")]
    [InlineData("clusters -\"talent pipeline\"", "clusters -\"talent pipeline\" ~1")]
    [InlineData("Café", "cafe ~1")]
    [InlineData("NEAR(a b)", "\"near a\" b ~2")]
    [InlineData("title:secret", "\"title secret\" ~1")]
    [InlineData("\"regular benchmarking\" local", "+\"regular benchmarking\" local ~1")]
    public void Parse_PlainQueries(string input, string expected) => Assert.Equal(expected, Parse(input));

    [Theory]
    [InlineData("what works in local innovation policy", "works local innovation policy ~3")]
    [InlineData("how can councils fund research?", "councils fund research ~2")]
    [InlineData("What does the evidence say about clusters?", "evidence clusters ~2")]
    [InlineData("what are the benefits of regular benchmarking for local innovation policies", "benefits regular benchmarking local innovation policies ~4")]
    [InlineData("skills and clusters", "skills clusters ~2")]
    [InlineData("the", "the ~1")]
    public void Parse_Question_KeepsTheMeaningfulWordsAndAsksForMostOfThem(string input, string expected) =>
        Assert.Equal(expected, Parse(input));

    [Theory]
    [InlineData("skills AND clusters", "+skills +clusters")]
    [InlineData("skills OR clusters", "+(skills OR clusters)")]
    [InlineData("skills OR talent clusters", "+(skills OR talent) +clusters")]
    [InlineData("clusters NOT skills", "+clusters -skills")]
    [InlineData("clusters AND NOT \"talent pipeline\"", "+clusters -\"talent pipeline\"")]
    [InlineData("a OR b OR c", "+(a OR b OR c)")]
    [InlineData("clusters AND", "+clusters")]
    [InlineData("OR clusters", "+clusters")]
    [InlineData("skills -clusters OR talent", "+skills -clusters +talent")]
    [InlineData("innovation in clusters AND skills", "+innovation +in +clusters +skills")]
    public void Parse_OperatorsInCapitals_CombineClauses(string input, string expected) => Assert.Equal(expected, Parse(input));

    [Fact]
    public void Parse_OperatorsInLowerCase_AreWords()
    {
        var parsed = SearchQueryParser.Parse("skills or clusters", prefixLastWord: false);
        Assert.False(parsed.UsesOperators);
        Assert.Equal("skills clusters ~2", parsed.ToString());
    }

    [Theory]
    [InlineData("NOT skills", "Add a word to search for")]
    [InlineData("-clusters -skills", "Add a word to search for")]
    [InlineData("AND OR NOT", "Type a word or phrase to search for")]
    public void Parse_OperatorsWithNothingToSearchFor_Explain(string input, string problemStart)
    {
        var parsed = SearchQueryParser.Parse(input);
        Assert.False(parsed.HasMatch);
        Assert.StartsWith(problemStart, parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LastWordWhileTyping_IsMarkedUnfinished()
    {
        Assert.Equal("regular bench* ~2", Parse("regular bench", typing: true));
        Assert.Equal("bench ~1", Parse("bench ", typing: true));
        Assert.Equal("+bench", Parse("\"bench\"", typing: true));
        Assert.Equal("clusters -bench ~1", Parse("clusters -bench", typing: true));
    }

    [Fact]
    public void Parse_Acronym_ExpandsToItsSynonyms() =>
        Assert.Equal("[\"r d\" | \"research and development\"] spending ~2", Parse("R&D spending", Synonyms));

    [Fact]
    public void Parse_SynonymPhraseTypedAsWords_ExpandsToTheAcronym() =>
        Assert.Equal("[\"research and development\" | \"r d\"] funding ~2", Parse("research and development funding", Synonyms));

    [Fact]
    public void Parse_SynonymsAreCaseInsensitive() =>
        Assert.Equal("[smes | sme | \"small and medium sized enterprises\"] ~1", Parse("smes", Synonyms));

    [Fact]
    public void Parse_WithAStemmer_OtherFormsOfAnEntryFindItsGroup()
    {
        var stemmed = new SynonymSet([["council", "local authority"]], SearchAnalysis.Stem);
        Assert.Equal("[councils | council | \"local authority\"] ~1", Parse("councils", stemmed));
        Assert.Equal("[\"local authorities\" | council | \"local authority\"] funding ~2", Parse("local authorities funding", stemmed));
    }

    [Fact]
    public void Parse_AcronymThatIsACommonWord_CountsOnlyInCapitalsAndIsNeverSearchedForItself()
    {
        var synonyms = new SynonymSet([["HE", "higher education"]], SearchAnalysis.Stem);
        Assert.Equal("\"higher education\" funding ~2", Parse("HE funding", synonyms));
        Assert.Equal("funding ~1", Parse("he funding", synonyms));
        Assert.Equal("\"higher education\" ~1", Parse("higher education", synonyms));
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
        Assert.False(parsed.HasMatch);
        Assert.StartsWith("Type a word or phrase", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryLongQuery_IsCutAtAWordAndSaysSo()
    {
        var parsed = SearchQueryParser.Parse(string.Concat(Enumerable.Repeat("innovation ", 1000)));
        Assert.True(parsed.Truncated);
        Assert.True(parsed.Text.Length <= SearchQueryParser.MaxLength);
        Assert.EndsWith("innovation", parsed.Text, StringComparison.Ordinal);
        Assert.Equal(SearchQueryParser.MaxUnits, parsed.Clauses.Count);
    }

    [Fact]
    public void Parse_ControlCharacters_AreTreatedAsSpaces()
    {
        var parsed = SearchQueryParser.Parse("clusters\u0000\u0007skills\u202E", prefixLastWord: false);
        Assert.Equal("clusters skills ~2", parsed.ToString());
        Assert.Equal("clusters skills", parsed.Text);
    }

    [Fact]
    public void Parse_UnclosedQuote_RunsThePhraseToTheEnd() =>
        Assert.Equal("+\"regular benchmarking\"", Parse("\"regular benchmarking"));

    [Fact]
    public void AnyWord_AsksForOneOfTheOptionalWords()
    {
        var parsed = SearchQueryParser.Parse("what does the evidence say about clusters", prefixLastWord: false);
        Assert.True(parsed.CanWiden);
        Assert.Equal("evidence clusters ~1", parsed.AnyWord().ToString());
        Assert.False(parsed.AnyWord().CanWiden);
        Assert.False(SearchQueryParser.Parse("skills AND clusters").CanWiden);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    [InlineData(12, 8)]
    public void MinimumShouldMatch_IsAllOfTwoThenAboutTwoThirds(int optional, int expected) =>
        Assert.Equal(expected, SearchQueryParser.MinimumShouldMatch(optional));

    [Fact]
    public void Vocabulary_Correct_FindsTheClosestMostUsedWord()
    {
        var vocabulary = new Vocabulary([("benchmarking", 3), ("benchmarks", 1), ("benefits", 2), ("clusters", 4)]);
        Assert.Equal("benchmarking", vocabulary.Correct("benchmarkng"));
        Assert.Equal("clusters", vocabulary.Correct("clustres"));
        Assert.Null(vocabulary.Correct("clusters"));
        Assert.Null(vocabulary.Correct("zzzzzzzz"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("abcd", "abdc", 1, 1)]
    [InlineData("same", "same", 0, 0)]
    [InlineData("short", "muchlongerword", 2, -1)]
    public void EditDistance_IsBoundedOptimalStringAlignment(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
}
