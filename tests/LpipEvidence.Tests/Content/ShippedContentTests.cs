using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// The one test class that reads the shipped <c>content/</c> folder. Editors change it at any time (add a review, fix a
/// typo), so it checks only that the content is valid and complete, never what it says or how much of it there is;
/// what the tests rely on lives in the frozen fixtures (<see cref="FixtureContentTests"/>).
/// </summary>
public sealed class ShippedContentTests
{
    private static readonly ContentReadResult Result = ContentReader.Read(RepositoryPaths.Content);

    private static ContentSet Content => Result.Content ?? throw new InvalidOperationException(string.Join("\n", Result.Errors));

    [Fact]
    public void ShippedContent_IsValid()
    {
        Assert.Empty(Result.Errors.Select(e => e.ToString()));
        Assert.True(Result.IsValid);
    }

    [Fact]
    public void ShippedContent_HasAtLeastOneReview_EachWithFindingsNumberedFromOneAndEachWithATakeaway()
    {
        Assert.NotEmpty(Content.Reviews);
        Assert.All(Content.Reviews, review =>
        {
            Assert.NotEmpty(review.Findings);
            Assert.Equal(Enumerable.Range(1, review.Findings.Count), review.Findings.Select(f => f.Order).Order());
            Assert.All(review.Findings, f =>
            {
                Assert.False(string.IsNullOrWhiteSpace(f.Body.PlainText), f.SourcePath);
                Assert.False(string.IsNullOrWhiteSpace(f.Takeaway.PlainText), f.SourcePath);
            });
        });
    }

    [Fact]
    public void ShippedReviews_CreditTheirAuthorsPublisherLicenceAndSource()
    {
        Assert.NotEmpty(Content.Reviews);
        Assert.All(Content.Reviews, review =>
        {
            Assert.NotEmpty(review.Authors);
            Assert.All(review.Authors, a => Assert.False(string.IsNullOrWhiteSpace(a.Family), review.SourcePath));
            Assert.False(string.IsNullOrWhiteSpace(review.Publisher), review.SourcePath);
            Assert.False(string.IsNullOrWhiteSpace(review.Licence.Code), review.SourcePath);
            Assert.False(string.IsNullOrWhiteSpace(review.Licence.Name), review.SourcePath);
            Assert.False(string.IsNullOrWhiteSpace(MarkdownRenderer.Default.ToPlainText(review.Citation)), review.SourcePath);
            Assert.True(Uri.TryCreate(review.SourceUrl, UriKind.Absolute, out var source) && (source.Scheme == Uri.UriSchemeHttps || source.Scheme == Uri.UriSchemeHttp),
                $"{review.SourcePath}: the source '{review.SourceUrl}' is not a web address");
        });
    }

    [Fact]
    public void ShippedThemes_EachCarryAFinding_AndEveryFindingHasOneToThreeThemes()
    {
        Assert.NotEmpty(Content.Themes);
        var used = Content.Findings.SelectMany(f => f.Themes).ToHashSet();
        Assert.All(Content.Themes, t => Assert.Contains(t.Slug, used));
        Assert.All(Content.Findings, f => Assert.InRange(f.Themes.Count, 1, 3));
    }

    [Fact]
    public void ShippedContent_HashIsStableAcrossReads()
    {
        Assert.Equal(Content.Hash, ContentReader.Read(RepositoryPaths.Content).Hash);
        Assert.Equal(64, Content.Hash.Length);
    }
}
