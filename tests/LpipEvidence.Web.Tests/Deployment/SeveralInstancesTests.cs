using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using LpipEvidence.Web.DataProtection;
using LpipEvidence.Web.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace LpipEvidence.Web.Tests.Deployment;

/// <summary>
/// Two instances serving one artifact behind a load balancer with no sticky sessions: what one protects (antiforgery
/// tokens, anything else) the other reads when they share a key folder, and every page, search, briefing and export
/// answers the same on either, with the cookies the other set.
/// </summary>
public sealed class SeveralInstancesTests(ArtifactFixture artifact) : IClassFixture<ArtifactFixture>, IDisposable
{
    private readonly string _keys = Path.Combine(artifact.Folder, "keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_keys, recursive: true); } catch (IOException) { }
    }

    /// <summary>Antiforgery tokens issued by <paramref name="issuer"/>, presented to <paramref name="validator"/> in a form post.</summary>
    private static async Task ValidateElsewhereAsync(ArtifactAppFactory issuer, ArtifactAppFactory validator)
    {
        var issuing = new DefaultHttpContext { RequestServices = issuer.Services };
        var tokens = issuer.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(issuing);
        var cookie = issuing.Response.Headers.SetCookie.ToString().Split(';')[0];

        var posting = new DefaultHttpContext { RequestServices = validator.Services };
        posting.Request.Method = "POST";
        posting.Request.Headers.Cookie = cookie;
        posting.Request.ContentType = "application/x-www-form-urlencoded";
        posting.Request.Form = new FormCollection(new Dictionary<string, StringValues> { [tokens.FormFieldName] = tokens.RequestToken });
        await validator.Services.GetRequiredService<IAntiforgery>().ValidateRequestAsync(posting);
    }

    [Fact]
    public async Task SharedKeyFolder_EachInstanceReadsWhatTheOtherProtected()
    {
        await using var first = new ArtifactAppFactory(artifact.File, _keys);
        await using var second = new ArtifactAppFactory(artifact.File, _keys);
        _ = first.Client();
        _ = second.Client();

        var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("briefing for the board");
        Assert.Equal("briefing for the board", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
        await ValidateElsewhereAsync(first, second);
        await ValidateElsewhereAsync(second, first);

        Assert.NotEmpty(Directory.GetFiles(_keys, "key-*.xml"));
        Assert.Equal(KeyRingOptions.DefaultApplicationName, first.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
    }

    [Fact]
    public async Task SeparateKeyFolders_RefuseEachOthersPayloads()
    {
        await using var first = new ArtifactAppFactory(artifact.File, _keys);
        await using var second = new ArtifactAppFactory(artifact.File, _keys + "-other");
        _ = first.Client();
        _ = second.Client();
        try
        {
            var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("briefing for the board");

            Assert.ThrowsAny<CryptographicException>(() => second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
            await Assert.ThrowsAsync<AntiforgeryValidationException>(() => ValidateElsewhereAsync(first, second));
        }
        finally
        {
            Directory.Delete(_keys + "-other", recursive: true);
        }
    }

    [Fact]
    public async Task EveryRoute_AnswersTheSameOnEitherInstance_WithTheOthersCookies()
    {
        await using var first = new ArtifactAppFactory(artifact.File, _keys);
        await using var second = new ArtifactAppFactory(artifact.File, _keys);
        var (a, b) = (first.Client(), second.Client());
        var parser = new HtmlParser();

        var routes = StoreArtifactTests.Routes.Where(r => !r.StartsWith("/health", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(routes);
        foreach (var route in routes)
        {
            var one = await a.GetAsync(route);
            using var request = new HttpRequestMessage(HttpMethod.Get, route);
            // A reader whose next request lands on the other instance brings the cookies the first one set.
            if (one.Headers.TryGetValues("Set-Cookie", out var cookies)) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
            var other = await b.SendAsync(request);

            Assert.True(one.StatusCode == HttpStatusCode.OK && other.StatusCode == HttpStatusCode.OK, $"{route}: {(int)one.StatusCode} then {(int)other.StatusCode}");
            var (first1, second1) = (await one.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
            if (one.Content.Headers.ContentType?.MediaType == "text/html")
            {
                // Pages carry per-response details (antiforgery and component state); what they say must be the same.
                Assert.Equal(parser.ParseDocument(System.Text.Encoding.UTF8.GetString(first1)).QuerySelector("main")?.TextContent,
                    parser.ParseDocument(System.Text.Encoding.UTF8.GetString(second1)).QuerySelector("main")?.TextContent);
            }
            else if (!route.Contains("docx", StringComparison.Ordinal))
            {
                Assert.Equal(first1, second1);
            }
        }
    }

    [Fact]
    public async Task RelativeKeyFolder_RefusesToStart()
    {
        await using var app = new ArtifactAppFactory(artifact.File, "relative/keys");

        var error = Assert.ThrowsAny<Exception>(() => app.Client());

        Assert.Contains("DataProtection:KeyFolder (environment variable DataProtection__KeyFolder) must be an absolute path", error.ToString(), StringComparison.Ordinal);
    }
}
