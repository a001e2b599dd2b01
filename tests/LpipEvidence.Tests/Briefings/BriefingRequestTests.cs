using LpipEvidence.Briefings;

namespace LpipEvidence.Tests.Briefings;

public sealed class BriefingRequestTests
{
    [Fact]
    public void FromQuery_splits_on_commas_trims_and_drops_empty_parts_keeping_the_order()
    {
        var request = BriefingRequest.FromQuery(" c-slug, a-slug ,,b-slug,  ,a-slug,", "My title", "My note");

        Assert.Equal(["c-slug", "a-slug", "b-slug", "a-slug"], request.FindingSlugs);
        Assert.Equal("My title", request.Title);
        Assert.Equal("My note", request.Note);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ,")]
    public void FromQuery_with_no_slugs_gives_an_empty_list(string? f)
    {
        var request = BriefingRequest.FromQuery(f, null, null);

        Assert.Empty(request.FindingSlugs);
        Assert.Null(request.Title);
        Assert.Null(request.Note);
    }

    [Fact]
    public void FromQuery_does_not_validate_the_slugs()
    {
        var request = BriefingRequest.FromQuery("Not A Slug,<script>", null, null);

        Assert.Equal(["Not A Slug", "<script>"], request.FindingSlugs);
    }
}
