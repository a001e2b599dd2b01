using System.Text;
using LpipEvidence.Search;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Ranking;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// Property-style: thousands of random and hostile strings go through the parser, the query builder and the real
/// Lucene index. Every one must give results or a friendly problem: never an exception.
/// </summary>
public sealed class HostileQueryTests(FixtureSearch fixture) : IClassFixture<FixtureSearch>
{
    private const int RandomCases = 3000;

    private static readonly string[] Hostile =
    [
        "\"", "\"\"", "\"\"\"", "'", "''", "(", ")", "((((", "))))", "[", "]", "{", "}", "*", "**", "^", ":", "::", "-", "--", "---",
        "+", "NEAR", "NEAR(", "NEAR(a b, 2)", "AND", "OR", "NOT", "a AND", "OR b", "NOT NOT", "a NOT", "-NOT", "title:x", "{title body}:x",
        "^start", "a*", "*a", "\"a\"*", "a + b", "'; DROP TABLE Findings; --", "\" OR 1=1 --", "x\" OR \"1\"=\"1", "%", "_", "\\", "\\\"",
        "\u0000", "\u0001\u0002\u0003", "\u0002mark\u0003", "\u202Eevil", "\u200B\u200D", "\uFEFF", "\uD800", "\uDC00x", "😀", "👩‍👩‍👧‍👦 family",
        "é\u0301\u0301\u0301", "Ǆ", "ﬁ", "𝕏𝕐ℤ", "中文 查询", "العربية", "\t\n\r", new string('a', 10_000),
        string.Concat(Enumerable.Repeat("\"a\" ", 2_000)), string.Concat(Enumerable.Repeat("-", 10_000)), string.Concat(Enumerable.Repeat("(", 5_000)),
        string.Concat(Enumerable.Repeat("NEAR(", 1_000)), "<script>alert(1)</script>", "&lt;mark&gt;", "R&D", "demand-pull", "-\"talent pipeline\"",
    ];

    private static readonly string[] Pieces =
    [
        "\"", "'", "(", ")", "*", "^", ":", "-", "+", " ", "  ", "NEAR", "AND", "OR", "NOT", "near", "and", "title", "body", ",", ".", "/",
        "\\", "%", "_", "clusters", "benchm", "R&D", "place-based", "\u0000", "\u0007", "\u202E", "😀", "é", "\u0301", "中", "\uD800", "\n", "{", "}",
    ];

    private static readonly SynonymSet Synonyms =
        new([["R&D", "research and development"], ["SME", "small and medium-sized enterprises"], ["HE", "higher education"]], SearchAnalysis.Stem);

    private static IEnumerable<string> RandomQueries()
    {
        var random = new Random(20241027);
        for (var i = 0; i < RandomCases; i++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(0, 12);
            for (var p = 0; p < parts; p++)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append((char)random.Next(0, 0xFFFF)); // any UTF-16 unit, lone surrogates included
                }
                else
                {
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                }
            }
            yield return builder.ToString();
        }
    }

    [Fact]
    public void EveryParsedQuery_RunsOnTheIndexOrIsAFriendlyProblem()
    {
        var snapshot = fixture.Store.Index.Acquire();
        Assert.NotNull(snapshot);
        try
        {
            var checkedQueries = 0;
            foreach (var query in Hostile.Concat(RandomQueries()))
            {
                foreach (var typing in new[] { true, false })
                {
                    var parsed = SearchQueryParser.Parse(query, Synonyms, typing);
                    Assert.True(parsed.Text.Length <= SearchQueryParser.MaxLength, $"not cut: {Show(query)}");
                    if (!parsed.HasMatch)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(parsed.Problem), $"no problem given for: {Show(query)}");
                        continue;
                    }
                    var built = LuceneQuery.Build(parsed, snapshot.Vocabulary);
                    var collector = new ResultCollector(snapshot, -1, -1, 10, CancellationToken.None);
                    snapshot.Searcher.Search(built.Query, collector);
                    Assert.True(collector.Total >= 0);
                    checkedQueries++;
                }
            }
            Assert.True(checkedQueries > RandomCases / 2, $"only {checkedQueries} queries reached the index");
        }
        finally
        {
            snapshot.Release();
        }
    }

    [Fact]
    public async Task SearchService_AnswersEveryHostileQueryWithoutThrowing()
    {
        foreach (var query in Hostile.Concat(RandomQueries().Take(500)))
        {
            var results = await fixture.Store.Search.SearchAsync(new SearchRequest(query));
            Assert.False(results.Unavailable, $"unanswered: {Show(query)}");
            Assert.True(results.Problem is not null || results.Total >= 0);
            Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml + h.TitleHtml, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string Show(string s) => s.Length > 80 ? string.Concat(s.AsSpan(0, 80), "…") : s;
}
