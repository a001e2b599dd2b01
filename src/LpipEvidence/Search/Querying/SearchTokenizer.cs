using System.Globalization;
using System.Text;

namespace LpipEvidence.Search.Querying;

/// <summary>
/// Splits text into words the way SQLite's <c>unicode61 remove_diacritics 2</c> tokenizer does: runs of letters
/// and digits, lower-cased, with diacritics removed. Everything else separates words, so "demand-pull" is two
/// words and "R&amp;D" is "r" then "d", exactly as they were indexed.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue; // a diacritic: "café" is "cafe"
            }
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
