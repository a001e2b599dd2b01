using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Discovery;

/// <summary>/sitemap.xml and /robots.txt over the content fixtures, parsed and checked against their rules.</summary>
public sealed class SitemapTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The sitemaps.org 0.9 schemas' rules for a urlset and a sitemap index, in one document (no changefreq or priority
    /// are written, so they are left out).
    /// </summary>
    private const string Schema = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xsd:element name="urlset">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element ref="url" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="url">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="loc" type="tLoc"/>
                <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="sitemapindex">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element ref="sitemap" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="sitemap">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="loc" type="tLoc"/>
                <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:simpleType name="tLoc">
            <xsd:restriction base="xsd:anyURI">
              <xsd:minLength value="12"/>
              <xsd:maxLength value="2048"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tLastmod">
            <xsd:union memberTypes="xsd:date xsd:dateTime"/>
          </xsd:simpleType>
        </xsd:schema>
        """;

    private static readonly string[] FixedPages = ["/", "/reviews", "/themes", "/map", "/whats-new", "/data"];

    private async Task<(string Text, HttpResponseMessage Response)> GetAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response);
    }

    private async Task<Dictionary<string, string?>> EntriesAsync()
    {
        var (xml, _) = await GetAsync("/sitemap.xml");
        return XDocument.Parse(xml).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
    }

    /// <summary>The document, checked against the schema.</summary>
    private static XDocument Valid(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(Schema)));
        var errors = new List<string>();
        var document = XDocument.Parse(xml);
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
        return document;
    }

    private static IEnumerable<string> ExpectedLocs() => FixedPages
        .Concat(FixtureFacts.Reviews.Select(r => "/reviews/" + r.Slug))
        .Concat(FixtureFacts.Themes.Select(t => "/themes/" + t.Slug))
        .Concat(FixtureFacts.Findings.Select(f => "/findings/" + f.Slug))
        .Select(path => "http://localhost" + path);

    [Fact]
    public async Task Sitemap_IsValidAgainstTheSitemapsSchema()
    {
        var (xml, response) = await GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);

        var document = Valid(xml);

        Assert.Equal(Sitemap + "urlset", document.Root!.Name);
        Assert.NotEmpty(document.Root.Elements());
    }

    [Fact]
    public async Task PastTheMostOneFileMayList_TheSitemapIsAnIndexOfPartsThatListEveryPageOnce()
    {
        await using var small = new OperationsAppFactory(new Dictionary<string, string> { ["Discovery:SitemapMaxUrls"] = "5" });
        var client = small.Client();
        var expected = ExpectedLocs().ToList();

        var index = Valid(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal((expected.Count + 4) / 5, parts.Count);
        Assert.NotEmpty(parts);
        Assert.All(index.Root.Elements(Sitemap + "sitemap"), s => Assert.NotNull(s.Element(Sitemap + "lastmod")));

        var listed = new List<string>();
        foreach (var part in parts)
        {
            var urlset = Valid(await client.GetStringAsync(part));
            var locs = urlset.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, 5);
            listed.AddRange(locs);
        }
        Assert.Equal(expected.Order(), listed.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemaps/{parts.Count + 1}.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/0.xml")).StatusCode);
    }

    [Fact]
    public async Task Sitemap_ListsEveryPublicPage_AbsoluteAndNothingElse()
    {
        var entries = await EntriesAsync();

        Assert.Equal(ExpectedLocs().Order(), entries.Keys.Order());
        Assert.DoesNotContain(entries.Keys, loc => loc.Contains("/search", StringComparison.Ordinal) || loc.Contains("/briefing", StringComparison.Ordinal) || loc.Contains("/status", StringComparison.Ordinal));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var loc in entries.Keys)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(loc)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/findings/digital-connectivity-for-clusters", "2025-06-01")]
    [InlineData("/findings/importance-of-innovation-and-technology-policies", "2024-10-01")]
    [InlineData("/reviews/test-only-transport", "2025-06-01")]
    [InlineData("/reviews/innovation", "2024-10-01")]
    [InlineData("/themes/transport-and-connectivity", "2025-07-15")]
    [InlineData("/themes/clusters-and-place-based-policy", "2025-06-01")]
    [InlineData("/themes/skills-and-talent", "2025-03-01")]
    [InlineData("/themes/devolution-and-local-leadership", "2024-10-01")]
    [InlineData("/", "2025-07-15")]
    [InlineData("/data", "2025-07-15")]
    public async Task Sitemap_LastModified_IsTheNewestChangeNoteOrThePublication(string path, string lastmod)
    {
        var entries = await EntriesAsync();
        Assert.Equal(lastmod, entries["http://localhost" + path]);
    }

    [Fact]
    public async Task Robots_PointsToTheSitemap_AndKeepsCrawlersOffEndlessAndEditorPages()
    {
        var (text, response) = await GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rules = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2).Select(p => (Field: p[0].Trim(), Value: p[1].Trim())).ToList();

        Assert.Equal(("User-agent", "*"), rules[0]);
        var disallowed = rules.Where(r => r.Field == "Disallow").Select(r => r.Value).ToList();
        Assert.Contains("/search", disallowed);
        Assert.Contains("/briefing", disallowed);
        Assert.Contains("/status", disallowed);
        Assert.DoesNotContain(disallowed, d => d is "/" or "/reviews" or "/findings" or "/themes" or "/data");
        var sitemap = Assert.Single(rules, r => r.Field == "Sitemap").Value;
        Assert.Equal("http://localhost/sitemap.xml", sitemap);
        Assert.True(Uri.TryCreate(sitemap, UriKind.Absolute, out _));
    }

    [Fact]
    public async Task Sitemap_UsesThePublicAddress_WhenOneIsSet()
    {
        await using var configured = new OperationsAppFactory(new Dictionary<string, string> { ["Site:PublicUrl"] = "https://evidence.example.org/" });
        var xml = await configured.Client().GetStringAsync("/sitemap.xml");
        var locs = XDocument.Parse(xml).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith("https://evidence.example.org/", loc, StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://evidence.example.org/sitemap.xml", await configured.Client().GetStringAsync("/robots.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50001")]
    public async Task ASitemapSizeOutsideTheProtocolsLimit_StopsTheStart(string size)
    {
        await using var wrong = new OperationsAppFactory(new Dictionary<string, string> { ["Discovery:SitemapMaxUrls"] = size });
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => wrong.Client());
        Assert.Contains("Discovery:SitemapMaxUrls", error.Message, StringComparison.Ordinal);
    }
}
