using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace LpipEvidence.Search.Indexing;

/// <summary>
/// How text becomes index terms: words (<see cref="WordTokenizer"/>), lower-cased, accents folded to ASCII, then
/// Porter-stemmed ("evaluate" and "evaluation" both become "evalu") except in <see cref="SearchFields.Spelling"/>,
/// which keeps whole words for prefix completion and "Did you mean". No stop words are removed from the index: the
/// query decides which words matter. Thread-safe; build one and share it.
/// </summary>
public sealed class EvidenceAnalyzer : Analyzer
{
    /// <summary>The Lucene version whose behaviour the index follows.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions between two values of a multi-valued field, so a phrase never spans two theme labels.</summary>
    private const int ValueGap = 100;

    /// <summary>Components are kept per field: the spelling field's differ from the others'.</summary>
    public EvidenceAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new WordTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        if (fieldName != SearchFields.Spelling) stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <summary>The terms <paramref name="text"/> becomes in <paramref name="field"/>, in order.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
