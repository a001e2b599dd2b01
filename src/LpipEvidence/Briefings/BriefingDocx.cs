using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Content;
using LpipEvidence.Credits;

namespace LpipEvidence.Briefings;

/// <summary>
/// Writes a briefing as a Word document (.docx) with the same content, in the same order, as
/// <see cref="BriefingMarkdown"/>: real Title and Heading styles (so Word's navigation pane, LibreOffice and PDF
/// bookmarks see the structure), each key takeaway set apart, real hyperlinks, A4 pages with 2 cm margins.
/// Only plain-text fields are used, never HTML.
/// </summary>
public static class BriefingDocx
{
    /// <summary>Style id of the briefing's title.</summary>
    public const string TitleStyle = "Title";

    /// <summary>Style id of level-1 headings (defined for the reader's own use; the briefing title sits at this level).</summary>
    public const string Heading1Style = "Heading1";

    /// <summary>Style id of each finding's heading and of the Sources and Licence headings.</summary>
    public const string Heading2Style = "Heading2";

    /// <summary>Style id of the "Key takeaway" heading.</summary>
    public const string Heading3Style = "Heading3";

    /// <summary>Style id of the shaded, bordered paragraph holding a key takeaway.</summary>
    public const string TakeawayStyle = "KeyTakeaway";

    /// <summary>Style id of the bordered paragraphs saying what changed in a finding since the briefing was made.</summary>
    public const string ChangeNoticeStyle = "ChangeNotice";

    /// <summary>Style id of the character style of hyperlinks.</summary>
    public const string HyperlinkStyle = "Hyperlink";

    /// <summary>Who the document's properties name as its creator.</summary>
    public const string Creator = "LPIP Evidence";

    private const string NormalStyle = "Normal";
    private const uint A4Width = 11906;   // 210 mm in twentieths of a point
    private const uint A4Height = 16838;  // 297 mm
    private const int Margin = 1134;      // 2 cm

    /// <summary>The briefing as the bytes of a .docx file. <paramref name="absoluteUrl"/> is where it can be opened again.</summary>
    public static byte[] Write(Briefing briefing, string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var properties = document.PackageProperties;
            properties.Title = XmlSafeText.Safe(briefing.Title);
            properties.Creator = Creator;
            properties.Subject = "Key findings from LPIP evidence reviews";
            properties.Language = "en-GB";
            properties.Created = briefing.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));

            var body = new Body();
            new Writer(main, body).WriteBriefing(briefing, absoluteUrl);
            body.Append(new SectionProperties(
                new PageSize { Width = A4Width, Height = A4Height },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private sealed class Writer(MainDocumentPart main, Body body)
    {
        public void WriteBriefing(Briefing briefing, string absoluteUrl)
        {
            Add(TitleStyle, Run(briefing.Title));
            if (briefing.Note is { } note)
            {
                foreach (var lines in BriefingText.Paragraphs(note))
                {
                    var runs = new List<OpenXmlElement>();
                    for (var i = 0; i < lines.Length; i++)
                    {
                        if (i > 0) runs.Add(new Run(new Break()));
                        runs.Add(Run(lines[i]));
                    }
                    Add(NormalStyle, [.. runs]);
                }
            }
            Add(NormalStyle, [.. Segments(BriefingWording.PreparedLine(briefing)), Run(" " + BriefingWording.OutputLine(BriefingOutput.Downloaded, briefing))]);
            if (BriefingWording.MadeLine(briefing) is { } made) Add(NormalStyle, Run(made));

            if (briefing.IsEmpty) Add(NormalStyle, Run(BriefingWording.EmptyText));
            for (var i = 0; i < briefing.Findings.Count; i++)
            {
                var finding = briefing.Findings[i];
                Add(Heading2Style, Run(BriefingWording.FindingHeading(i + 1, finding)));
                if (briefing.ChangesOf(finding.Slug) is { Count: > 0 } changes && briefing.Made is { } since)
                {
                    Add(ChangeNoticeStyle, Run(BriefingWording.ChangedSinceHeading(since), bold: true));
                    foreach (var change in changes) Add(ChangeNoticeStyle, Run(BriefingWording.ChangeLine(change)));
                }
                // The takeaway first, as on the finding's own page: it is what a reader most needs.
                Add(Heading3Style, Run(BriefingWording.TakeawayHeading));
                Add(TakeawayStyle, Run(finding.TakeawayText));
                Add(NormalStyle, Run(finding.BodyText));
                if (BriefingWording.ThemesLine(finding) is { } themes) Add(NormalStyle, Run(themes));
                Add(NormalStyle, Run(BriefingWording.SourceLine(finding)));
            }

            if (briefing.Sources.Count > 0)
            {
                Add(Heading2Style, Run(BriefingWording.SourcesHeading));
                foreach (var review in briefing.Sources) Add(NormalStyle, Segments(BriefingWording.Citation(review)));
                Add(Heading2Style, Run(BriefingWording.LicenceHeading));
                foreach (var review in briefing.Sources) Add(NormalStyle, Segments(ReviewCredit.Reproduction(review)));
            }
            if (BriefingWording.ReaderTextNotice(briefing) is { } readerNotice) Add(NormalStyle, Run(readerNotice));

            Add(NormalStyle, Run("This briefing: "), Link(absoluteUrl ?? ""));
        }

        private void Add(string style, params OpenXmlElement[] content)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            paragraph.Append(content);
            body.Append(paragraph);
        }

        private OpenXmlElement[] Segments(IEnumerable<TextSegment> segments) =>
            TextSegment.ForPaper(segments).Select(s => s.Kind switch
            {
                SegmentKind.Italic => Run(s.Text, italic: true),
                SegmentKind.Link => Link(s.Url ?? s.Text, s.Text),
                _ => Run(s.Text),
            }).ToArray();

        /// <summary>A real w:hyperlink with an external relationship, or plain text when the URL is not an absolute web address.</summary>
        private OpenXmlElement Link(string url, string? text = null)
        {
            if (!TextSegment.IsLinkable(url)) return Run(text ?? url);
            var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true);
            var run = new Run(new RunProperties(new RunStyle { Val = HyperlinkStyle }), TextElement(text ?? url));
            return new Hyperlink(run) { Id = relationship.Id, History = OnOffValue.FromBoolean(true) };
        }

        private static Run Run(string text, bool italic = false, bool bold = false) =>
            italic || bold
                ? new Run(new RunProperties(bold ? new Bold() : new Italic()), TextElement(text))
                : new Run(TextElement(text));

        private static Text TextElement(string text) => new(XmlSafeText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve };
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = NormalStyle, Default = true });

        styles.Append(new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = NormalStyle },
            new NextParagraphStyle { Val = NormalStyle },
            new UIPriority { Val = 10 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { After = "240" },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(
                new Color { Val = "1F3864" },
                new FontSize { Val = "48" },
                new FontSizeComplexScript { Val = "48" }))
        { Type = StyleValues.Paragraph, StyleId = TitleStyle });

        styles.Append(Heading(Heading1Style, "heading 1", level: 0, size: 32, before: 360));
        styles.Append(Heading(Heading2Style, "heading 2", level: 1, size: 28, before: 320));
        styles.Append(Heading(Heading3Style, "heading 3", level: 2, size: 24, before: 200));

        styles.Append(new Style(
            new StyleName { Val = "Key takeaway" },
            new BasedOn { Val = NormalStyle },
            new UIPriority { Val = 11 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new ParagraphBorders(
                    new LeftBorder { Val = BorderValues.Single, Size = 24U, Space = 8U, Color = "2E74B5" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EAF1FB" },
                new SpacingBetweenLines { Before = "60", After = "200" },
                new Indentation { Left = "227", Right = "113" }))
        { Type = StyleValues.Paragraph, StyleId = TakeawayStyle, CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Change notice" },
            new BasedOn { Val = NormalStyle },
            new UIPriority { Val = 12 },
            new StyleParagraphProperties(
                new KeepNext(),
                new ParagraphBorders(
                    new LeftBorder { Val = BorderValues.Single, Size = 24U, Space = 8U, Color = "9C4A00" }),
                new SpacingBetweenLines { Before = "0", After = "60" },
                new Indentation { Left = "227", Right = "113" }))
        { Type = StyleValues.Paragraph, StyleId = ChangeNoticeStyle, CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(
                new Color { Val = "0563C1" },
                new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = HyperlinkStyle });
        return styles;
    }

    private static Style Heading(string id, string name, int level, int size, int before) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = NormalStyle },
            new NextParagraphStyle { Val = NormalStyle },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" },
                new OutlineLevel { Val = level }),
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new Color { Val = "1F3864" },
                new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
