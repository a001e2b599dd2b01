using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Credits;
using LpipEvidence.Web.FrontDoor;

namespace LpipEvidence.Web.Discovery;

/// <summary>
/// schema.org descriptions of pages as JSON-LD, for search engines and link previews: the site as a
/// <c>WebSite</c> with a <c>SearchAction</c>, a review as a <c>Report</c>. Addresses are absolute through
/// <see cref="PublicAddress"/>.
/// </summary>
public static class SchemaOrg
{
    private const string Context = "https://schema.org";

    /// <summary>
    /// Escapes &lt; &gt; &amp; and quotes as \u003C and so on (the default encoder's rule), so no content, such as a title
    /// holding <c>&lt;/script&gt;</c>, can end the script element it is written in.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The site, and how to search it: <c>/search?q={search_term_string}</c>.</summary>
    public static JsonObject WebSite(HttpRequest? request, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "WebSite",
            ["name"] = SiteNames.Site,
            ["url"] = address.Absolute(request, "/"),
            ["inLanguage"] = "en-GB",
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = new JsonObject
                {
                    ["@type"] = "EntryPoint",
                    ["urlTemplate"] = address.Absolute(request, SiteAddresses.SearchPage + "?q={search_term_string}"),
                },
                ["query-input"] = "required name=search_term_string",
            },
        };
    }

    /// <summary>A review as a <c>Report</c>: its authors, publisher, date, licence, this page's address and its citation.</summary>
    public static JsonObject Report(ReviewSummary review, HttpRequest? request, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(address);
        var url = address.Absolute(request, review.Url);
        var report = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Report",
            ["name"] = review.Title,
            ["headline"] = review.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["author"] = new JsonArray(review.Authors.Select(a => (JsonNode)Person(a)).ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = review.Publisher },
            ["datePublished"] = review.Published.ToIsoString(),
            ["license"] = string.IsNullOrWhiteSpace(review.LicenceUrl) ? ReviewCredit.LicenceLabel(review) : review.LicenceUrl,
            ["citation"] = Citations.Harvard(review),
            ["inLanguage"] = "en-GB",
        };
        if (review.Subtitle is { Length: > 0 } subtitle) report["alternativeHeadline"] = subtitle;
        if (TextSegment.IsLinkable(review.SourceUrl)) report["sameAs"] = review.SourceUrl;
        return report;
    }

    /// <summary>The JSON text to put in a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
    public static string Serialize(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.ToJsonString(Json);
    }

    private static JsonObject Person(Content.Author author)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.DisplayName, ["familyName"] = author.Family };
        if (!string.IsNullOrWhiteSpace(author.Given)) person["givenName"] = author.Given;
        if (!string.IsNullOrWhiteSpace(author.Honorific)) person["honorificPrefix"] = author.Honorific;
        return person;
    }
}
