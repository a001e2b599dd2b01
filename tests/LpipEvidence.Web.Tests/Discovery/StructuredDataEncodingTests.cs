using AngleSharp.Html.Parser;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Discovery;

/// <summary>Content that tries to close the JSON-LD script element stays inside it, as data.</summary>
public sealed class StructuredDataEncodingTests(TrickyContentAppFactory app) : IClassFixture<TrickyContentAppFactory>
{
    [Fact]
    public async Task ATitleHoldingAScriptEndTag_CannotBreakOutOfTheJsonLd()
    {
        var html = await app.CreateClient().GetStringAsync("/reviews/sample");

        Assert.DoesNotContain("</script><script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var report = StructuredDataTests.JsonLd(document);
        Assert.Equal(TrickyContentAppFactory.ReviewTitle, report.GetProperty("name").GetString());
    }
}
