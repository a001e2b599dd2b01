using System.Buffers.Text;
using LpipEvidence.SavedBriefings;

namespace LpipEvidence.Tests.SavedBriefings;

public sealed class BriefingIdTests
{
    [Fact]
    public void New_IsElevenUrlSafeCharactersHolding64Bits()
    {
        var id = BriefingId.New();

        Assert.Equal(11, id.Length);
        Assert.Matches("^[A-Za-z0-9_-]{11}$", id);
        Assert.Equal(8, Base64Url.DecodeFromChars(id).Length);
    }

    [Fact]
    public void New_NeverRepeatsInTenThousand()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => BriefingId.New()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Ab3_-xYz09Q", true)]
    [InlineData("AAAAAAAAAAA", true)]
    [InlineData("Ab3_-xYz09", false)]
    [InlineData("Ab3_-xYz09QQ", false)]
    [InlineData("Ab3_-xYz0+Q", false)]
    [InlineData("Ab3_-xYz0/Q", false)]
    [InlineData("Ab3_-xYz0=Q", false)]
    [InlineData("Ab3_-xYz0éQ", false)]
    [InlineData("Ab3 -xYz09Q", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_TakesOnlyElevenBase64UrlCharacters(string? text, bool expected) =>
        Assert.Equal(expected, BriefingId.IsWellFormed(text));
}
