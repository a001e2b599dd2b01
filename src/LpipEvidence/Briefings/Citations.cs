using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Credits;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Briefings;

/// <summary>
/// A review's citation in the forms readers paste into their own work: the review's own Harvard citation, and RIS
/// and BibTeX records built from its metadata.
/// </summary>
public static partial class Citations
{
    private static readonly string[] BibTeXMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Words skipped when a BibTeX key takes the first significant word of the title.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "and", "for", "to", "at", "by", "with", "from", "into",
    };

    /// <summary>The review's own Harvard citation as plain text, exactly as the review gives it.</summary>
    public static string Harvard(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Citation.PlainText;
    }

    /// <summary>The review's own Harvard citation as safe HTML, with the title in <c>&lt;em&gt;</c>.</summary>
    public static string HarvardHtml(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Citation.Html;
    }

    /// <summary>
    /// The title as the citation gives it: the text of the first <c>*italic*</c> part of the citation Markdown,
    /// or <see cref="ReviewSummary.Title"/> when the citation has none.
    /// </summary>
    public static string CitedTitle(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return TextSegment.FirstItalic(review.Citation.Markdown) ?? review.Title;
    }

    /// <summary>
    /// One RIS record (type RPRT) for reference managers: authors, title as cited, year, date, publisher, URL and
    /// licence. Lines end with CRLF as the RIS specification asks; the record ends with <c>ER  - </c>.
    /// </summary>
    public static string Ris(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var ris = new StringBuilder();
        void Tag(string tag, string value) => ris.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

        Tag("TY", "RPRT");
        foreach (var author in review.Authors)
        {
            Tag("AU", string.IsNullOrWhiteSpace(author.Given) ? author.Family : $"{author.Family}, {author.Given}");
        }
        Tag("TI", CitedTitle(review));
        Tag("PY", review.Published.Year.ToString("D4", CultureInfo.InvariantCulture));
        Tag("DA", string.Create(CultureInfo.InvariantCulture, $"{review.Published.Year:D4}/{review.Published.Month:D2}//"));
        Tag("PB", review.Publisher);
        Tag("UR", review.SourceUrl);
        Tag("N1", LicenceNote(review));
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }

    /// <summary>
    /// One BibTeX <c>@techreport</c> entry: key such as <c>billing2024innovation</c>, authors as
    /// <c>Family, Given</c> joined with <c>and</c>, the title as cited with acronyms braced, institution, year,
    /// month macro, type, URL and licence note. BibTeX special characters are escaped so that braces stay balanced.
    /// </summary>
    public static string BibTeX(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var title = CitedTitle(review);
        var authors = string.Join(" and ", review.Authors.Select(a =>
            string.IsNullOrWhiteSpace(a.Given) ? BibTeXEscape(a.Family) : $"{BibTeXEscape(a.Family)}, {BibTeXEscape(a.Given)}"));

        var bib = new StringBuilder();
        bib.Append("@techreport{").Append(BibTeXKey(review, title)).Append(",\n");
        void Field(string name, string value, bool braced = true) =>
            bib.Append("  ").Append(name).Append(" = ").Append(braced ? "{" + value + "}" : value).Append(",\n");

        if (authors.Length > 0) Field("author", authors);
        Field("title", BibTeXTitle(title));
        Field("institution", BibTeXEscape(review.Publisher));
        Field("year", review.Published.Year.ToString("D4", CultureInfo.InvariantCulture));
        if (review.Published.Month is >= 1 and <= 12) Field("month", BibTeXMonths[review.Published.Month - 1], braced: false);
        Field("type", "Evidence review");
        Field("url", BibTeXUrl(review.SourceUrl));
        var note = "Licence: " + BibTeXEscape(ReviewCredit.LicenceLabel(review));
        if (!string.IsNullOrWhiteSpace(review.LicenceUrl)) note += ", \\url{" + BibTeXUrl(review.LicenceUrl) + "}";
        Field("note", note);
        bib.Length -= 2; // the last field's ",\n"
        bib.Append("\n}\n");
        return bib.ToString();
    }

    /// <summary>A file name stem for downloads: title, first author's family name and year, e.g. <c>innovation-evidence-review-billing-2024</c>.</summary>
    public static string FileStem(ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var family = review.Authors.Count > 0 ? review.Authors[0].Family : "";
        var stem = Slug.FromTitle(string.Create(CultureInfo.InvariantCulture, $"{review.Title} {family} {review.Published.Year}"));
        return stem.Length == 0 ? review.Slug : stem;
    }

    private static string LicenceNote(ReviewSummary review) =>
        "Licence: " + ReviewCredit.LicenceLabel(review) + (string.IsNullOrWhiteSpace(review.LicenceUrl) ? "" : ", " + review.LicenceUrl);

    private static string OneLine(string value) => WhiteSpace().Replace(value, " ").Trim();

    private static string BibTeXKey(ReviewSummary review, string title)
    {
        var family = review.Authors.Count > 0 ? AsciiLower(review.Authors[0].Family) : "";
        var word = WhiteSpace().Split(title).Select(AsciiLower).FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? "";
        var key = string.Create(CultureInfo.InvariantCulture, $"{(family.Length > 0 ? family : "anon")}{review.Published.Year}{word}");
        return key;
    }

    /// <summary>Lower-case ASCII letters and digits of a word, accents removed: "Müller" → "muller".</summary>
    private static string AsciiLower(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// The title escaped, with every word that has a capital after its first letter (LPIP, City-REDI, R&amp;D) in
    /// braces, so that bibliography styles which lower-case titles leave acronyms alone.
    /// </summary>
    private static string BibTeXTitle(string title)
    {
        var builder = new StringBuilder(title.Length + 16);
        foreach (var token in WhiteSpace().Split(OneLine(title)))
        {
            if (builder.Length > 0) builder.Append(' ');
            var start = 0;
            var end = token.Length;
            while (start < end && !char.IsLetterOrDigit(token[start])) start++;
            while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
            var core = token[start..end];
            var protect = core.Skip(1).Any(char.IsUpper);
            builder.Append(BibTeXEscape(token[..start]));
            builder.Append(protect ? "{" + BibTeXEscape(core) + "}" : BibTeXEscape(core));
            builder.Append(BibTeXEscape(token[end..]));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Escapes the characters BibTeX and LaTeX treat specially. Braces become <c>\textbraceleft{}</c> and
    /// <c>\textbraceright{}</c> rather than <c>\{</c>, because BibTeX counts every brace, escaped or not.
    /// </summary>
    internal static string BibTeXEscape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>A URL for a BibTeX <c>url</c> field or <c>\url{}</c>: kept verbatim except characters that would unbalance the entry.</summary>
    private static string BibTeXUrl(string url) =>
        OneLine(url).Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
            .Replace("\\", "%5C", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
