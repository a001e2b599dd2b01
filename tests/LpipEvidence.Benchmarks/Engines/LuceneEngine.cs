using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// Lucene.NET 4.8 over the same documents as the FTS5 index (findings, reviews, themes), in an FSDirectory cached
/// under the temp folder. Analyzer: StandardTokenizer, lower case, ASCII folding, Porter stemming (the FTS5
/// tokenizer's equivalent: 'porter unicode61 remove_diacritics 2', no stop words). BM25 (k1 1.2, b 0.75, as FTS5),
/// fields title/takeaway/body/themes boosted 10/5/2/1, every word required; top 10 slugs and the total hits.
/// </summary>
public sealed class LuceneEngine : ISearchEngine
{
    /// <summary>Bump when the index layout changes.</summary>
    public const int IndexVersion = 1;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "takeaway", "body", "themes"];
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        ["title"] = 10f, ["takeaway"] = 5f, ["body"] = 2f, ["themes"] = 1f,
    };

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer = CreateAnalyzer();

    public LuceneEngine(int findings)
    {
        _directory = FSDirectory.Open(new DirectoryInfo(EnsureIndex(findings)));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene";

    public Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var parser = new MultiFieldQueryParser(Version, Fields, _analyzer, Boosts) { DefaultOperator = Operator.AND };
        var topDocs = _searcher.Search(parser.Parse(query), 10);
        var top = new List<string>(topDocs.ScoreDocs.Length);
        foreach (var hit in topDocs.ScoreDocs) top.Add(_searcher.Doc(hit.Doc).Get("slug", System.Globalization.CultureInfo.InvariantCulture));
        return Task.FromResult<(int, IReadOnlyList<string>)>((topDocs.TotalHits, top));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Analyzer CreateAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Builds the index for a corpus once; returns its folder.</summary>
    public static string EnsureIndex(int findings)
    {
        var corpus = Corpora.EnsureCorpus(findings);
        var folder = Path.Combine(Corpora.CacheRoot, $"lucene-{findings}-seed{Corpora.Seed}-v{CorpusGenerator.Version}-{IndexVersion}");
        var marker = folder + ".complete";
        if (File.Exists(marker)) return folder;
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);

        var watch = Stopwatch.StartNew();
        var content = ContentReader.Read(corpus).Content ?? throw new InvalidOperationException("invalid corpus");
        var themeTitles = content.Themes.ToDictionary(t => t.Slug, t => t.Title, StringComparer.Ordinal);
        using (var directory = FSDirectory.Open(new DirectoryInfo(folder)))
        using (var analyzer = CreateAnalyzer())
        {
            var config = new IndexWriterConfig(Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var review in content.Reviews)
            {
                var reviewTitle = review.Subtitle is null ? review.Title : $"{review.Title}: {review.Subtitle}";
                writer.AddDocument(Doc("review", review.Slug, reviewTitle, "", review.Introduction.PlainText, review.ProgrammeTheme));
                foreach (var finding in review.Findings)
                {
                    writer.AddDocument(Doc("finding", finding.Slug, finding.Title, finding.Takeaway.PlainText, finding.Body.PlainText,
                        string.Join(". ", finding.Themes.Select(t => themeTitles[t]))));
                }
            }
            foreach (var theme in content.Themes)
            {
                writer.AddDocument(Doc("theme", theme.Slug, theme.Title, "", theme.Description.PlainText, ""));
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        File.WriteAllText(marker, $"indexed in {watch.Elapsed.TotalSeconds:F1} s\n");
        Console.WriteLine($"// Lucene indexed {findings} findings in {watch.Elapsed.TotalSeconds:F1} s: {folder}");
        return folder;
    }

    private static Document Doc(string kind, string slug, string title, string takeaway, string body, string themes) =>
    [
        new StringField("kind", kind, Field.Store.YES),
        new StringField("slug", slug, Field.Store.YES),
        new TextField("title", title, Field.Store.NO),
        new TextField("takeaway", takeaway, Field.Store.NO),
        new TextField("body", body, Field.Store.NO),
        new TextField("themes", themes, Field.Store.NO),
    ];
}
