using Bunit;
using LpipEvidence.Credits;
using LpipEvidence.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Components;

public sealed class PrintFooterTests : BunitTestContext
{
    [Fact]
    public void PrintFooter_DatesThePrintoutFromTheTimeProvider()
    {
        Context.Services.AddSingleton<TimeProvider>(new Samples.FixedTime(new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero)));

        var footer = Context.Render<PrintFooter>(p => p.Add(f => f.Reviews, [Samples.SecondReview]));

        Assert.Equal("27 November 2026", footer.Find("[data-print-date]").TextContent);
    }

    [Fact]
    public void PrintFooter_StatesEachReviewsLicenceInTheWordingSourcesWords()
    {
        Context.Services.AddSingleton(TimeProvider.System);

        var footer = Context.Render<PrintFooter>(p => p.Add(f => f.Reviews, [Samples.SecondReview]));

        var licence = footer.FindAll("p").Single(p => p.TextContent.StartsWith("Licence:", StringComparison.Ordinal));
        Assert.Equal("Licence: " + string.Concat(ReviewCredit.Licence(Samples.SecondReview).Select(s => s.Text)), licence.TextContent);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.QuerySelector("a[rel=license]")?.GetAttribute("href"));
        Assert.DoesNotContain("commercial", licence.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}
