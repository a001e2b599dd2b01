using Xunit.Abstractions;
using Xunit.Sdk;

namespace LpipEvidence.Tests.Support;

public sealed class LongRunningFirstTests
{
    [LongRunning]
    private sealed class Slow;

    private sealed class Quick;

    [LongRunning]
    private sealed class SlowDefinition;

    private static readonly TestAssembly Assembly = new(new ReflectionAssemblyInfo(typeof(LongRunningFirstTests).Assembly));

    private static TestCollection OwnCollection(Type type) => new(Assembly, null, "Test collection for " + type.FullName);

    [Fact]
    public void MarkedClasses_AndMarkedDefinitions_ComeFirst_TheRestKeepTheirPlaces()
    {
        var quick = OwnCollection(typeof(Quick));
        var slow = OwnCollection(typeof(Slow));
        var named = new TestCollection(Assembly, new ReflectionTypeInfo(typeof(SlowDefinition)), "Slow ones");
        var other = OwnCollection(typeof(LongRunningFirstTests));
        var orderer = new LongRunningFirst();

        var ordered = orderer.OrderTestCollections([quick, slow, named, other]).ToList();

        Assert.Equal(4, ordered.Count);
        Assert.Equal(new[] { slow, named }.OrderBy(c => c.UniqueID), ordered.Take(2).OrderBy(c => c.UniqueID));
        Assert.Equal(new DefaultTestCollectionOrderer().OrderTestCollections([quick, other]), ordered.Skip(2));
    }

    [Fact]
    public void AnUnmarkedClass_OrACollectionOfAnotherName_IsNotLongRunning()
    {
        Assert.False(LongRunningFirst.IsLongRunning(OwnCollection(typeof(Quick))));
        Assert.False(LongRunningFirst.IsLongRunning(new TestCollection(Assembly, null, "Somebody's collection")));
        Assert.True(LongRunningFirst.IsLongRunning(OwnCollection(typeof(Slow))));
    }
}
