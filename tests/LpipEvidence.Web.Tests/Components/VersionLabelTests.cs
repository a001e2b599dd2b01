using LpipEvidence.History;
using LpipEvidence.Web.Components.Pages.Changes;

namespace LpipEvidence.Web.Tests.Components;

public sealed class VersionLabelTests
{
    private static ContentVersion At(string id, int day, int hour) => new(id, new DateTimeOffset(2025, 6, day, hour, 0, 0, TimeSpan.Zero), "");

    [Fact]
    public void ReaderLabel_IsTheDayInWords_NumberedOnlyWhenSeveralVersionsShareIt()
    {
        // Newest first, as ContentHistory lists them.
        var versions = new[] { At("c", 2, 9), At("b", 1, 16), At("a", 1, 9) };

        Assert.Equal(["2 June 2025", "1 June 2025 (2nd that day)", "1 June 2025 (1st that day)"],
            versions.Select(v => FindingChangesPage.ReaderLabel(v, versions)));
    }
}
