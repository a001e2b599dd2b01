using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LpipEvidence.Search.Indexing;

/// <summary>
/// Writes one index generation into an empty folder from a <see cref="SearchSource"/>. The folder only becomes
/// an index with Lucene's final commit, which also records what the index was built from (its commit user data),
/// so a folder left by a killed build is never mistaken for a good one.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>Bumped whenever the fields or their analysis change: an index of another format is rebuilt.</summary>
    public const int Format = 2;

    internal const string FormatKey = "lpip.format";
    internal const string ImportIdKey = "lpip.importId";
    internal const string ContentHashKey = "lpip.contentHash";
    internal const string BuiltAtKey = "lpip.builtAtUtc";
    internal const string SynonymsKey = "lpip.synonyms";
    internal const string DocumentsKey = "lpip.documents";

    /// <summary>Builds the index of <paramref name="source"/> in <paramref name="folder"/> (created; must not hold an index).</summary>
    public static void Build(SearchSource source, string folder, EvidenceAnalyzer analyzer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(folder);
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        var config = new IndexWriterConfig(EvidenceAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
            // One segment, written once as separate files: flushed as a compound file, it was then copied out again by
            // ForceMerge (the merge policy keeps no segment that large compound), a quarter of the build's time.
            UseCompoundFile = false,
            // Merging only neighbouring segments keeps documents in the order they were added (kind, then slug),
            // which is how ties in ranking are broken.
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        using var writer = new IndexWriter(directory, config);
        var count = 0;
        foreach (var document in source.Documents)
        {
            if ((++count & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            writer.AddDocument(ToLucene(document));
        }
        cancellationToken.ThrowIfCancellationRequested();
        writer.ForceMerge(1);
        writer.SetCommitData(new Dictionary<string, string>
        {
            [FormatKey] = Format.ToString(CultureInfo.InvariantCulture),
            [ImportIdKey] = source.Generation.ImportId.ToString(CultureInfo.InvariantCulture),
            [ContentHashKey] = source.Generation.ContentHash,
            [BuiltAtKey] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            [SynonymsKey] = JsonSerializer.Serialize(source.Synonyms),
            [DocumentsKey] = source.Documents.Count.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    /// <summary>Only which documents have each word is needed (the vocabulary's counts): no positions, frequencies or norms to write.</summary>
    private static readonly FieldType SpellingType = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    };

    private static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Kind, source.Kind, Field.Store.YES),
            new NumericDocValuesField(SearchFields.Kind, KindCode(source.Kind)),
            new StringField(SearchFields.Slug, source.Slug, Field.Store.YES),
            new StoredField(SearchFields.Label, source.Label),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            new TextField(SearchFields.Takeaway, source.Takeaway, Field.Store.YES),
            new TextField(SearchFields.Body, source.Body, Field.Store.YES),
        };
        if (source.Review is { } review)
        {
            document.Add(new StringField(SearchFields.Review, review, Field.Store.YES));
            document.Add(new SortedDocValuesField(SearchFields.Review, new BytesRef(review)));
        }
        foreach (var theme in source.Themes)
        {
            document.Add(new StringField(SearchFields.Theme, theme, Field.Store.YES));
            document.Add(new SortedSetDocValuesField(SearchFields.Theme, new BytesRef(theme)));
        }
        foreach (var label in source.ThemeLabels) document.Add(new TextField(SearchFields.ThemeLabels, label, Field.Store.YES));
        document.Add(new Field(SearchFields.Spelling, string.Join('\n', [source.Title, source.Takeaway, source.Body, .. source.ThemeLabels]), SpellingType));
        return document;
    }

    /// <summary>The numeric code of a kind in the <see cref="SearchFields.Kind"/> doc values.</summary>
    public static long KindCode(string kind) => kind switch
    {
        SearchKinds.Finding => 0,
        SearchKinds.Review => 1,
        _ => 2,
    };
}
