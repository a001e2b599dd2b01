using System.Globalization;
using System.Text;
using LpipEvidence.Search.Querying;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace LpipEvidence.Search.Indexing;

/// <summary>
/// Splits text into runs of letters and digits, as <see cref="SearchTokenizer"/> splits a query: "demand-pull"
/// is "demand" then "pull" and "R&amp;D" is "R" then "D", so a query and the text it should find are cut alike.
/// Combining marks stay inside a word so that decomposed accents do not split it (ASCII folding removes them).
/// </summary>
internal sealed class WordTokenizer(LuceneVersion version, TextReader input) : CharTokenizer(version, input)
{
    protected override bool IsTokenChar(int c)
    {
        if (!Rune.IsValid(c)) return false;
        var rune = new Rune(c);
        if (Rune.IsLetterOrDigit(rune)) return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
