using System.Globalization;
using System.Text.Json;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Search.Querying;
using LpipEvidence.Search.Ranking;
using LpipEvidence.Search.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LpipEvidence.Search.Indexing;

/// <summary>
/// One open index generation and what searching it needs in memory: each document's kind, review and themes as
/// small integers (for ranking weights, filters and facet counts without reading stored fields), the review and
/// theme names, the vocabulary and the synonyms it was built with. Immutable once open and shared by every search;
/// reference-counted so that a generation replaced by a newer one closes only when its last search is done.
/// </summary>
internal sealed class IndexSnapshot : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly byte[] _kind;

    // Read directly by ResultCollector, once per match: the review number (-1 for none), where each document's
    // theme numbers start in Themes (ThemeStarts[doc] to ThemeStarts[doc + 1]), and the kind's ranking weight.
    internal readonly int[] Reviews;
    internal readonly int[] ThemeStarts;
    internal readonly int[] Themes;
    internal readonly float[] Weights;
    private int _references = 1;
    private DocumentVectors? _vectors;
    private string? _meaningProblem;

    private IndexSnapshot(string folder, Lucene.Net.Store.Directory directory, DirectoryReader reader)
    {
        Folder = folder;
        _directory = directory;
        _reader = reader;
        Searcher = new IndexSearcher(reader) { Similarity = new CoordinatedSimilarity() };

        var data = reader.IndexCommit.UserData;
        Format = int.Parse(data.TryGetValue(SearchIndexBuilder.FormatKey, out var format) ? format : "0", CultureInfo.InvariantCulture);
        Generation = new StoreGeneration(
            int.Parse(data[SearchIndexBuilder.ImportIdKey], CultureInfo.InvariantCulture),
            data[SearchIndexBuilder.ContentHashKey]);
        BuiltAtUtc = DateTimeOffset.Parse(data[SearchIndexBuilder.BuiltAtKey], CultureInfo.InvariantCulture);
        var groups = JsonSerializer.Deserialize<List<List<string>>>(data[SearchIndexBuilder.SynonymsKey]) ?? [];
        Synonyms = new SynonymSet(groups, SearchAnalysis.Stem);

        var count = reader.MaxDoc;
        _kind = new byte[count];
        Reviews = new int[count];
        ThemeStarts = new int[count + 1];
        Weights = new float[count];
        var themes = new List<int>(count * 2);
        var reviewIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var kinds = atomic.GetNumericDocValues(SearchFields.Kind);
            var reviews = atomic.GetSortedDocValues(SearchFields.Review);
            var themeValues = atomic.GetSortedSetDocValues(SearchFields.Theme);
            // Per-segment ordinals to whole-index numbers, looked up once per distinct value.
            var reviewOf = Ordinals(reviews?.ValueCount ?? 0, ord => { reviews!.LookupOrd(ord, bytes); return Intern(reviewIndex, bytes.Utf8ToString()); });
            var themeOf = Ordinals((int)(themeValues?.ValueCount ?? 0), ord => { themeValues!.LookupOrd(ord, bytes); return Intern(themeIndex, bytes.Utf8ToString()); });
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                var id = leaf.DocBase + doc;
                _kind[id] = (byte)(kinds?.Get(doc) ?? 0);
                Weights[id] = _kind[id] == 0 ? 1f : SearchFields.OtherKindWeight;
                var ord = reviews?.GetOrd(doc) ?? -1;
                Reviews[id] = ord < 0 ? -1 : reviewOf[ord];
                ThemeStarts[id] = themes.Count;
                if (themeValues is null) continue;
                themeValues.SetDocument(doc);
                long themeOrd;
                while ((themeOrd = themeValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) themes.Add(themeOf[themeOrd]);
            }
        }
        ThemeStarts[count] = themes.Count;
        Themes = [.. themes];
        ReviewSlugs = [.. reviewIndex.OrderBy(r => r.Value).Select(r => r.Key)];
        ThemeSlugs = [.. themeIndex.OrderBy(t => t.Value).Select(t => t.Key)];
        ReviewIndex = reviewIndex;
        ThemeIndex = themeIndex;

        // Names for facets and results come from the reviews' and themes' own documents.
        var reviewTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        var themeTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameFields = new HashSet<string> { SearchFields.Slug, SearchFields.Label };
        for (var id = 0; id < count; id++)
        {
            if (_kind[id] == 0) continue;
            var stored = reader.Document(id, nameFields);
            (_kind[id] == 1 ? reviewTitles : themeTitles)[stored.Get(SearchFields.Slug, CultureInfo.InvariantCulture)] = stored.Get(SearchFields.Label, CultureInfo.InvariantCulture);
        }
        ReviewTitles = reviewTitles;
        ThemeTitles = themeTitles;
        Vocabulary = ReadVocabulary(reader);
    }

    /// <summary>The generation's folder.</summary>
    public string Folder { get; }

    /// <summary>The format of the fields (see <see cref="SearchIndexBuilder.Format"/>).</summary>
    public int Format { get; }

    /// <summary>Whether this generation has this version's format and was built from <paramref name="target"/>.</summary>
    public bool IsCurrentFor(StoreGeneration target) => Format == SearchIndexBuilder.Format && Generation == target;

    /// <summary>The store content the index was built from.</summary>
    public StoreGeneration Generation { get; }

    public DateTimeOffset BuiltAtUtc { get; }

    public IndexSearcher Searcher { get; }

    public IndexReader Reader => _reader;

    public int DocumentCount => _kind.Length;

    public Vocabulary Vocabulary { get; }

    public SynonymSet Synonyms { get; }

    /// <summary>Review slugs by number.</summary>
    public string[] ReviewSlugs { get; }

    /// <summary>Theme slugs by number.</summary>
    public string[] ThemeSlugs { get; }

    public IReadOnlyDictionary<string, int> ReviewIndex { get; }

    public IReadOnlyDictionary<string, int> ThemeIndex { get; }

    public IReadOnlyDictionary<string, string> ReviewTitles { get; }

    public IReadOnlyDictionary<string, string> ThemeTitles { get; }

    /// <summary>The generation's meaning vectors, once made or read (null until then: searches use words only).</summary>
    public DocumentVectors? Vectors => Volatile.Read(ref _vectors);

    /// <summary>How many texts were embedded to make <see cref="Vectors"/> (0 when read from the folder).</summary>
    public int Embedded { get; private set; }

    /// <summary>Why this generation will have no vectors, when it will not.</summary>
    public string? MeaningProblem
    {
        get => Volatile.Read(ref _meaningProblem);
        set => Volatile.Write(ref _meaningProblem, value);
    }

    /// <summary>Gives the generation its vectors (once; they then never change).</summary>
    public void SetVectors(DocumentVectors vectors, int embedded)
    {
        if (vectors.Count != DocumentCount) throw new ArgumentException("The vectors are not this generation's.", nameof(vectors));
        Embedded = embedded;
        Interlocked.CompareExchange(ref _vectors, vectors, null);
    }

    /// <summary>Whether document <paramref name="doc"/> is a finding.</summary>
    public bool IsFinding(int doc) => _kind[doc] == 0;

    /// <summary>Whether document <paramref name="doc"/> passes the filters (numbers as <see cref="ResultCollector"/> takes them).</summary>
    public bool Passes(int doc, int review, int theme) =>
        (review == -1 || Reviews[doc] == review) && (theme == -1 || ThemesOf(doc).IndexOf(theme) >= 0);

    /// <summary>The numbers of document <paramref name="doc"/>'s themes.</summary>
    public ReadOnlySpan<int> ThemesOf(int doc) => Themes.AsSpan(ThemeStarts[doc], ThemeStarts[doc + 1] - ThemeStarts[doc]);

    /// <summary>Opens the index in <paramref name="folder"/> read-only. Throws when it is missing, half-written or corrupt.</summary>
    public static IndexSnapshot Open(string folder)
    {
        var directory = FSDirectory.Open(new DirectoryInfo(folder), NoLockFactory.GetNoLockFactory());
        try
        {
            var reader = DirectoryReader.Open(directory);
            try
            {
                return new IndexSnapshot(folder, directory, reader);
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Takes a reference for one search; false when the snapshot has already closed.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0) return false;
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current) return true;
        }
    }

    /// <summary>Gives back a reference; the last one closes the index.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) != 0) return;
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Gives back the owner's reference.</summary>
    public void Dispose() => Release();

    private static int[] Ordinals(int count, Func<int, int> map)
    {
        var result = new int[count];
        for (var ord = 0; ord < count; ord++) result[ord] = map(ord);
        return result;
    }

    private static int Intern(Dictionary<string, int> values, string value)
    {
        if (!values.TryGetValue(value, out var i)) values[value] = i = values.Count;
        return i;
    }

    private static Vocabulary ReadVocabulary(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spelling);
        if (terms is null) return Vocabulary.Empty;
        var words = new List<(string, int)>();
        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext()) words.Add((enumerator.Term.Utf8ToString(), enumerator.DocFreq));
        return new Vocabulary(words);
    }
}
