using System.Globalization;
using System.Text;
using LpipEvidence.Content;

namespace LpipEvidence.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic content folder in the real format (docs/authoring.md): reviews of 20 findings each, ten
/// themes and the shipped synonyms. Words are drawn from <see cref="PolicyWords"/> with Zipf frequencies (the word
/// of rank r is drawn with probability proportional to 1/r), so a few words are in most findings and most words in
/// few. The same size and seed always give byte-identical files.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Findings per review.</summary>
    public const int FindingsPerReview = 20;

    /// <summary>Bump when the generated text changes, so cached corpora are regenerated.</summary>
    public const int Version = 1;

    private static readonly (string Slug, string Title)[] ThemeList =
    [
        ("clusters-and-place-based-policy", "Clusters and place-based policy"),
        ("devolution-and-local-leadership", "Devolution and local leadership"),
        ("evaluation-and-benchmarking", "Evaluation and benchmarking"),
        ("innovation-ecosystems", "Innovation ecosystems"),
        ("partnerships-and-collaboration", "Partnerships and collaboration"),
        ("research-and-development-funding", "Research and development funding"),
        ("skills-and-talent", "Skills and talent"),
        ("technology-push-and-demand-pull", "Technology push and demand pull"),
        ("net-zero-and-green-growth", "Net zero and green growth"),
        ("health-and-wellbeing", "Health and wellbeing"),
    ];

    private static readonly string[] ProgrammeThemes =
        ["Innovation", "Net Zero", "Skills", "Health", "Culture", "Productivity", "Place"];

    private static readonly string[] Given = ["Chloe", "Amir", "Sarah", "David", "Priya", "Tom", "Aisha", "Gareth", "Fiona", "Kwame", "Helen", "Rhys"];
    private static readonly string[] Family = ["Billing", "Patel", "Jones", "Evans", "Campbell", "Okafor", "Hughes", "Murray", "Khan", "Taylor", "Walker", "Davies"];

    /// <summary>Two-word phrases that policy writing repeats; sentences carry one now and then.</summary>
    public static readonly string[] Collocations =
    [
        "local growth", "place-based policy", "skills pipeline", "innovation ecosystem", "combined authority",
        "anchor institution", "knowledge exchange", "levelling up", "industrial strategy", "growth deal",
        "business support", "public investment", "regional inequality", "research capacity", "civic university",
        "supply chain", "net zero", "inward investment", "productivity gap", "labour market",
        "evidence base", "policy design", "local leaders", "cluster development", "technology transfer",
    ];

    private const string SynonymsYaml = """
        # Words and phrases that mean the same thing in UK policy writing (as shipped in content/search/synonyms.yml).
        - [R&D, research and development]
        - [SME, SMEs, small and medium-sized enterprises]
        - [STEM, science technology engineering and mathematics]
        - [LPIP, Local Policy Innovation Partnership, Local Policy Innovation Partnerships]
        - [UKRI, UK Research and Innovation]
        - [LEP, LEPs, local enterprise partnership, local enterprise partnerships]
        - [MCA, combined authority, mayoral combined authority]
        - [devolution, devolving, decentralising, decentralisation]

        """;

    private readonly IReadOnlyList<string> _words;
    private readonly double[] _cumulative;
    private readonly Random _random;

    public CorpusGenerator(int seed)
    {
        _random = new Random(seed);
        _words = PolicyWords.Ranked(seed);
        _cumulative = new double[_words.Count];
        var sum = 0.0;
        for (var r = 0; r < _words.Count; r++)
        {
            sum += 1.0 / (r + 1);
            _cumulative[r] = sum;
        }
        for (var r = 0; r < _cumulative.Length; r++) _cumulative[r] /= sum;
    }

    /// <summary>The content words, most frequent first.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Writes <paramref name="findings"/> findings (and their reviews and the themes) under <paramref name="root"/>, which must not exist.</summary>
    public void Write(string root, int findings)
    {
        var themes = Path.Combine(root, "themes");
        Directory.CreateDirectory(themes);
        for (var t = 0; t < ThemeList.Length; t++)
        {
            var (slug, title) = ThemeList[t];
            Write(Path.Combine(themes, slug + ".md"), $"---\ntitle: {title}\norder: {t + 1}\n---\n{Paragraph(20, 30)}\n");
        }
        Directory.CreateDirectory(Path.Combine(root, "search"));
        File.WriteAllText(Path.Combine(root, "search", "synonyms.yml"), SynonymsYaml.Replace("\r\n", "\n", StringComparison.Ordinal), Encoding.UTF8);

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var reviewCount = (findings + FindingsPerReview - 1) / FindingsPerReview;
        var written = 0;
        for (var r = 0; r < reviewCount; r++)
        {
            var programme = ProgrammeThemes[r % ProgrammeThemes.Length];
            var reviewSlug = $"{Slug.FromTitle(programme)}-{r + 1:D5}";
            var folder = Path.Combine(root, "reviews", reviewSlug);
            Directory.CreateDirectory(Path.Combine(folder, "findings"));
            Write(Path.Combine(folder, "review.md"), Review(programme, r + 1, reviewSlug));

            var inReview = Math.Min(FindingsPerReview, findings - written);
            for (var f = 1; f <= inReview; f++)
            {
                string title, slug;
                do
                {
                    title = Title();
                    slug = Slug.FromTitle(title);
                } while (slug.Length == 0 || slug.Length > 100 || !slugs.Add(slug));
                Write(Path.Combine(folder, "findings", $"{f:D2}-{slug}.md"), Finding(title, f));
            }
            written += inReview;
        }
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private string Review(string programme, int number, string slug)
    {
        var authors = new StringBuilder();
        var authorCount = 1 + _random.Next(3);
        var first = "";
        for (var a = 0; a < authorCount; a++)
        {
            var given = Given[_random.Next(Given.Length)];
            var family = Family[_random.Next(Family.Length)];
            if (a == 0) first = $"{family}, {given[0]}";
            authors.Append(CultureInfo.InvariantCulture, $"  - given: {given}\n    family: {family}\n");
            if (_random.Next(2) == 0) authors.Append("    title: Dr\n");
        }
        var year = 2019 + _random.Next(7);
        var month = 1 + _random.Next(12);
        var title = $"{programme} Evidence Review {number}";
        var url = $"https://example.org/lpip/reviews/{slug}";
        return $"""
            ---
            title: {title}
            subtitle: {programme} Policy Briefing
            authors:
            {authors.ToString().TrimEnd('\n')}
            publisher: Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham
            published: {year}-{month:D2}
            licence:
              name: Creative Commons Attribution-NonCommercial
              code: CC BY-NC
              url: https://creativecommons.org/licenses/by-nc/4.0/
            citation: "{first} {year}, *{title}*. The Local Policy Innovation Partnership Hub. <<{url}>>"
            source: {url}
            programme-theme: {programme}
            ---
            {Paragraph(60, 120)}

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private string Finding(string title, int order)
    {
        var builder = new StringBuilder(1024);
        builder.Append(CultureInfo.InvariantCulture, $"---\ntitle: {title}\norder: {order}\nthemes:\n");
        var themeCount = 1 + _random.Next(3);
        var chosen = new List<int>(3);
        while (chosen.Count < themeCount)
        {
            var t = _random.Next(ThemeList.Length);
            if (!chosen.Contains(t)) chosen.Add(t);
        }
        foreach (var t in chosen) builder.Append(CultureInfo.InvariantCulture, $"  - {ThemeList[t].Slug}\n");
        builder.Append("---\n");
        builder.Append(Paragraph(25, 60)).Append("\n\n## Key takeaway\n\n").Append(Paragraph(30, 50)).Append('\n');
        return builder.ToString();
    }

    /// <summary>A finding title: 4 to 8 capitalised words, with a joining word now and then.</summary>
    private string Title()
    {
        var count = 4 + _random.Next(5);
        var words = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i < count - 1 && _random.NextDouble() < 0.2)
            {
                words.Add(_random.Next(3) switch { 0 => "and", 1 => "for", _ => "in" });
            }
            else
            {
                words.Add(Capitalise(ContentWord()));
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>Sentences totalling between <paramref name="min"/> and <paramref name="max"/> words.</summary>
    private string Paragraph(int min, int max)
    {
        var target = min + _random.Next(max - min + 1);
        var builder = new StringBuilder(target * 9);
        var total = 0;
        while (total < target)
        {
            var length = Math.Min(target - total, 8 + _random.Next(13));
            if (target - total - length is > 0 and < 4) length = target - total;
            if (builder.Length > 0) builder.Append(' ');
            total += Sentence(builder, length);
        }
        return builder.ToString();
    }

    private int Sentence(StringBuilder builder, int length)
    {
        var start = builder.Length;
        var count = 0;
        var collocationAt = length >= 5 && _random.NextDouble() < 0.35 ? _random.Next(length - 1) : -1;
        while (count < length)
        {
            if (count > 0) builder.Append(count == length / 2 && _random.NextDouble() < 0.3 ? ", " : " ");
            if (count == collocationAt)
            {
                builder.Append(Collocations[Zipf(Collocations.Length)]);
                count += 2;
                continue;
            }
            builder.Append(count > 0 && _random.NextDouble() < 0.35
                ? PolicyWords.FunctionWords[_random.Next(PolicyWords.FunctionWords.Count)]
                : ContentWord());
            count++;
        }
        builder[start] = char.ToUpperInvariant(builder[start]);
        builder.Append('.');
        return count;
    }

    private string ContentWord()
    {
        var x = _random.NextDouble();
        var i = Array.BinarySearch(_cumulative, x);
        if (i < 0) i = ~i;
        return _words[Math.Min(i, _words.Count - 1)];
    }

    /// <summary>A Zipf-distributed index below <paramref name="n"/> (rank 1 most likely).</summary>
    private int Zipf(int n)
    {
        var h = 0.0;
        for (var r = 1; r <= n; r++) h += 1.0 / r;
        var x = _random.NextDouble() * h;
        for (var r = 1; r <= n; r++)
        {
            x -= 1.0 / r;
            if (x <= 0) return r - 1;
        }
        return n - 1;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
