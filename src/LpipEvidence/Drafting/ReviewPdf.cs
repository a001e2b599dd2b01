using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Content;

namespace LpipEvidence.Drafting;

/// <summary>
/// Reads a review as the Hub publishes it (docs/authoring.md, "Adding a review from its PDF"): a repository cover page
/// (title; author "Family, Given"; "License:"; "Document Version"; "Citation for published version (Harvard):"), then
/// the briefing: "Evidence Review - &lt;Theme&gt; Policy Briefing – &lt;Month Year&gt;", the Hub's name, the
/// introduction, and for each finding "Key Finding: &lt;title&gt;", its text and a shaded "Key takeaway" box.
/// </summary>
public static partial class ReviewPdf
{
    /// <summary>The largest PDF read (50 MB): a review is well under 5 MB, and a larger file is not one.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads the PDF at <paramref name="path"/>, or throws <see cref="DraftException"/> with a one-line message.</summary>
    public static ReviewDraft Read(string path)
    {
        var file = new FileInfo(path);
        if (Directory.Exists(path)) throw new DraftException("this is a folder: give the path of the review's PDF file");
        if (!file.Exists) throw new DraftException("no such file: give the path of the review's PDF file");
        if (file.Length > MaxBytes)
        {
            throw new DraftException($"the file is {file.Length / (1024 * 1024)} MB, more than the {MaxBytes / (1024 * 1024)} MB a review's PDF can be: check that it is the review");
        }
        return Read(File.ReadAllBytes(path));
    }

    /// <summary>Reads a review's PDF, or throws <see cref="DraftException"/> with a one-line message.</summary>
    public static ReviewDraft Read(byte[] pdf)
    {
        if (pdf.LongLength > MaxBytes) throw new DraftException($"the PDF is larger than the {MaxBytes / (1024 * 1024)} MB a review's PDF can be");
        var text = PdfLayout.Read(pdf);
        var checks = new List<string>();
        var stream = text.Pages.SelectMany(p => p).ToList();
        if (!stream.Any(l => KeyFinding().IsMatch(TextJoiner.Normalise(l.Text))))
        {
            throw new DraftException("the PDF is not an evidence review: it has no 'Key Finding:' headings");
        }

        var cover = text.Pages[0].Select(l => (Line: l, Text: TextJoiner.Normalise(l.Text))).ToList();
        if (!cover.Any(c => c.Text.StartsWith("Citation for published version", StringComparison.OrdinalIgnoreCase)))
        {
            throw new DraftException("the PDF has no repository cover page (with 'Citation for published version'): draft the PDF downloaded from the University's research portal");
        }
        var (title, authorNames, licence, citation, source) = ReadCover(cover, checks);

        // The date line may be printed once or as a running header on every page.
        var dateLine = stream.Skip(text.Pages[0].Count).Concat(text.Furniture)
            .Select(l => DateLine().Match(TextJoiner.Normalise(l.Text))).FirstOrDefault(m => m.Success)
            ?? throw new DraftException("the PDF has no briefing date line ('Evidence Review - <Theme> Policy Briefing – <Month Year>'), so its theme and date cannot be read");
        var theme = dateLine.Groups["theme"].Value.Trim();
        if (!DateTime.TryParseExact($"1 {dateLine.Groups["month"].Value} {dateLine.Groups["year"].Value}", "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DraftException($"the briefing's date '{dateLine.Groups["month"].Value} {dateLine.Groups["year"].Value}' is not a month and year");
        }

        var briefing = stream.Skip(text.Pages[0].Count).ToList();
        var start = briefing.FindIndex(l => DateLine().IsMatch(TextJoiner.Normalise(l.Text)));
        var body = briefing.Skip(start + 1).Where(l => !DateLine().IsMatch(TextJoiner.Normalise(l.Text))).ToList();
        var bodySize = body.GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Count()).First().Key;

        var firstHeading = body.FindIndex(l => KeyFinding().IsMatch(TextJoiner.Normalise(l.Text)));
        var front = body.Take(firstHeading).ToList();
        var publisher = "";
        if (front.Count > 0 && Math.Round(front[0].FontSize) != bodySize && !front[0].Text.TrimEnd().EndsWith('.'))
        {
            publisher = TextJoiner.Normalise(front[0].Text);
            front.RemoveAt(0);
        }
        else
        {
            checks.Add("publisher: the Hub's name was not found under the date line; write who published the review");
        }
        checks.Add($"publisher: '{publisher}' is the name printed on the briefing; add the Hub's institution if the site's other reviews name it (for example '{Credits.SiteNames.Hub}, City-REDI, University of Birmingham')");
        var introduction = string.Join("\n\n", TextJoiner.Paragraphs([.. front.Select((l, i) => (l, false))]).Select(Markdown.Escape));
        if (introduction.Length == 0) checks.Add("introduction: none was found between the Hub's name and the first key finding; copy it from the review");

        var findings = ReadFindings(body, firstHeading, bodySize, checks);
        var authors = authorNames.Select(n => ToAuthor(n, introduction, checks)).ToList();
        return new ReviewDraft(title, authors, publisher, new PublicationMonth(date.Year, date.Month), theme, licence, citation, source,
            introduction, findings, checks);
    }

    private static List<FindingDraft> ReadFindings(List<PdfLine> body, int firstHeading, double bodySize, List<string> checks)
    {
        var boxesUsed = body.Any(l => l.Boxed);
        var findings = new List<FindingDraft>();
        var i = firstHeading;
        while (i < body.Count)
        {
            var heading = body[i];
            var title = new StringBuilder(KeyFinding().Match(TextJoiner.Normalise(heading.Text)).Groups["title"].Value);
            i++;
            // A long title wraps onto lines in the heading's type.
            while (i < body.Count && !body[i].Boxed && Math.Abs(body[i].FontSize - heading.FontSize) < 0.3 && Math.Round(heading.FontSize) > bodySize
                   && !KeyFinding().IsMatch(TextJoiner.Normalise(body[i].Text)))
            {
                TextJoiner.Join(title, TextJoiner.Normalise(body[i].Text));
                i++;
            }
            var end = body.FindIndex(i, l => KeyFinding().IsMatch(TextJoiner.Normalise(l.Text)));
            if (end < 0) end = body.Count;
            var section = Enumerable.Range(i, end - i).ToList();
            var label = section.FindIndex(k => TakeawayLabel().IsMatch(TextJoiner.Normalise(body[k].Text)));
            var order = findings.Count + 1;
            List<int> textLines, takeawayLines;
            if (label < 0)
            {
                checks.Add($"finding {order}: no 'Key takeaway' was found; copy the takeaway from the review");
                (textLines, takeawayLines) = (section, []);
            }
            else if (boxesUsed)
            {
                var lastBoxed = section.FindLastIndex(k => body[k].Boxed);
                textLines = [.. section.Where((k, n) => !body[k].Boxed && n != label && (end < body.Count || n < lastBoxed))];
                takeawayLines = [.. section.Where((k, n) => body[k].Boxed && n != label)];
                if (end == body.Count && lastBoxed < section.Count - 1)
                {
                    var left = section.Skip(lastBoxed + 1).Select(k => TextJoiner.Normalise(body[k].Text)).First();
                    checks.Add($"the text after the last key takeaway was left out (it begins '{left}'); it is not part of a finding");
                }
            }
            else
            {
                (textLines, takeawayLines) = (section[..label], section[(label + 1)..]);
            }
            var text = Paragraphs(body, textLines);
            var takeaway = Paragraphs(body, takeawayLines);
            if (text.Length == 0) checks.Add($"finding {order}: no text was found before its key takeaway; copy it from the review");
            if (takeaway.Length == 0) takeaway = "TODO: copy the key takeaway from the review.";
            findings.Add(new FindingDraft(order, title.ToString(), text, takeaway));
            i = end;
        }
        return findings;
    }

    /// <summary>Paragraphs of some of the body's lines; a line that does not follow the one before in the body (a box came between) starts a new flow.</summary>
    private static string Paragraphs(List<PdfLine> body, List<int> indexes) =>
        string.Join("\n\n", TextJoiner.Paragraphs([.. indexes.Select((k, n) => (body[k], n > 0 && indexes[n - 1] != k - 1))]).Select(Markdown.Escape));

    private static (string Title, List<string> Authors, Licence Licence, string Citation, string Source) ReadCover(List<(PdfLine Line, string Text)> cover, List<string> checks)
    {
        int Find(string prefix) => cover.FindIndex(c => c.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        var licenceAt = Find("License:") is >= 0 and var l1 ? l1 : Find("Licence:");
        var versionAt = Find("Document Version");
        var citationAt = Find("Citation for published version");
        if (licenceAt < 0) throw new DraftException("the cover page has no 'License:' line, so the licence cannot be read");

        var coverSize = cover.GroupBy(c => Math.Round(c.Line.FontSize)).OrderByDescending(g => g.Count()).First().Key;
        var head = cover.Take(licenceAt).ToList();
        var titleLines = head.TakeWhile(c => Math.Round(c.Line.FontSize) > coverSize).ToList();
        if (titleLines.Count == 0) titleLines = head.Take(1).ToList();
        var title = new StringBuilder();
        foreach (var t in titleLines) TextJoiner.Join(title, t.Text);
        var authors = head.Skip(titleLines.Count).SelectMany(c => c.Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (authors.Count == 0) checks.Add("authors: none were found on the cover page; add them");

        var licenceText = string.Join(' ', new[] { cover[licenceAt].Text[(cover[licenceAt].Text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() }
            .Concat(cover.Skip(licenceAt + 1).Take((versionAt > licenceAt ? versionAt : citationAt > licenceAt ? citationAt : licenceAt + 2) - licenceAt - 1).Select(c => c.Text))
            .Where(s => s.Length > 0));
        var licence = ToLicence(licenceText, checks);

        if (citationAt < 0) throw new DraftException("the cover page has no 'Citation for published version' line, so the citation cannot be read");
        var citationLines = cover.Skip(citationAt + 1).TakeWhile(c => !CoverSectionEnd().IsMatch(c.Text)).Select(c => c.Line).ToList();
        var citation = Citation(citationLines);
        var source = CitationAddress().Match(citation) is { Success: true } m ? m.Groups["url"].Value.TrimEnd('.', ',') : "";
        if (source.Length == 0) checks.Add("source: the citation gives no web address; write the address of the published review");
        return (title.ToString(), authors, licence, citation, source);
    }

    /// <summary>
    /// The citation as printed, in Markdown: runs of italic words in <c>*...*</c>, an address rejoined where it was broken
    /// across lines, and an address in angle brackets written <c>&lt;&lt;...&gt;&gt;</c> as the authoring format asks.
    /// </summary>
    private static string Citation(List<PdfLine> lines)
    {
        var words = new List<(string Text, bool Italic, bool LineStart)>();
        foreach (var line in lines)
        {
            for (var w = 0; w < line.Words.Count; w++) words.Add((TextJoiner.Normalise(line.Words[w].Text), line.Words[w].Italic, w == 0));
        }
        var text = new StringBuilder();
        var inItalics = false;
        for (var w = 0; w < words.Count; w++)
        {
            var (word, italic, lineStart) = words[w];
            if (word.Length == 0) continue;
            var before = text.ToString();
            // Inside an address a line break is not a space: the address goes on.
            var inAddress = before.LastIndexOf('<') > before.LastIndexOf('>') || (lineStart && LastToken(before).Contains("://", StringComparison.Ordinal) && !before.EndsWith('.'));
            if (inItalics && !italic)
            {
                // Punctuation printed upright right after the italics stays outside them.
                text.Append('*');
                inItalics = false;
            }
            if (text.Length > 0 && !(lineStart && inAddress) && !(lineStart && text[^1] == '-' && inAddress)) text.Append(' ');
            if (italic && !inItalics)
            {
                text.Append('*');
                inItalics = true;
            }
            text.Append(word);
        }
        if (inItalics) text.Append('*');
        var citation = text.ToString();
        // "*Title (LPIP).* The Hub." — a full stop set in italics reads the same outside them.
        citation = ItalicFullStop().Replace(citation, "*$1*.");
        return SingleAngleAddress().Replace(citation, "<<${url}>>");
    }

    private static string LastToken(string text) => text.Length == 0 ? "" : text[(text.LastIndexOf(' ') + 1)..];

    private static Licence ToLicence(string printed, List<string> checks)
    {
        var match = LicenceLine().Match(printed);
        var name = (match.Success ? match.Groups["name"].Value : printed).Replace("Creative Commons:", "Creative Commons", StringComparison.Ordinal).Trim();
        var code = match.Success ? match.Groups["code"].Value.Trim() : printed;
        string? url = null;
        if (CreativeCommons().Match(code) is { Success: true } cc)
        {
            var version = cc.Groups["version"].Success ? cc.Groups["version"].Value : "4.0";
            if (!cc.Groups["version"].Success) checks.Add($"licence: the PDF gives no version of {code}; its address assumes {version}, the current one");
            url = cc.Groups["zero"].Success
                ? "https://creativecommons.org/publicdomain/zero/1.0/"
                : $"https://creativecommons.org/licenses/{cc.Groups["terms"].Value.ToLowerInvariant()}/{version}/";
        }
        else
        {
            checks.Add($"licence: '{printed}' is not a Creative Commons licence; check its name and code, and add its address (url) if it has one");
        }
        return new Licence(name, code, url);
    }

    private static Author ToAuthor(string printed, string introduction, List<string> checks)
    {
        var parts = printed.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[1].Length == 0)
        {
            checks.Add($"authors: '{printed}' is not written 'Family, Given'; split it into given and family names");
            return new Author(printed, printed, null);
        }
        var (family, given) = (parts[0], parts[1]);
        var honorific = Regex.Match(introduction, $@"\b(?<title>Dr|Professor|Prof\.?|Mr|Mrs|Ms|Miss|Mx)\.? {Regex.Escape(given)} {Regex.Escape(family)}\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        return new Author(given, family, honorific.Success ? honorific.Groups["title"].Value : null);
    }

    [GeneratedRegex(@"^Key Finding\s*:\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyFinding();

    [GeneratedRegex(@"^Key takeaways?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TakeawayLabel();

    [GeneratedRegex(@"^Evidence Review\s*[-–—]\s*(?<theme>.+?)\s+Policy Briefing\s*[-–—]\s*(?<month>[A-Za-z]+)\s+(?<year>\d{4})$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(Link to publication|General rights|Download date|Take down policy|Document Version)", RegexOptions.IgnoreCase)]
    private static partial Regex CoverSectionEnd();

    [GeneratedRegex(@"<{1,2}(?<url>https?://[^\s<>]+)>{1,2}|(?<url>https?://\S+)")]
    private static partial Regex CitationAddress();

    [GeneratedRegex(@"(?<!<)<(?<url>https?://[^\s<>]+)>(?!>)")]
    private static partial Regex SingleAngleAddress();

    [GeneratedRegex(@"\*([^*]+)\.\*")]
    private static partial Regex ItalicFullStop();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<code>[^()]+)\)$")]
    private static partial Regex LicenceLine();

    [GeneratedRegex(@"^CC\s*(?:(?<zero>0)|(?<terms>BY(?:-(?:NC|ND|SA))*))(?:\s+(?<version>\d\.\d))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreativeCommons();
}
