using Xunit.Abstractions;
using Xunit.Sdk;

namespace LpipEvidence.Tests.Support;

/// <summary>
/// Marks a test class that takes far longer than the others (it starts processes, or reads thousands of generated
/// cases): <see cref="LongRunningFirst"/> starts it before them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningAttribute : Attribute;

/// <summary>
/// Runs the test classes marked <see cref="LongRunningAttribute"/> first, then the rest in xunit's own order. xunit
/// runs as many test classes at once as there are cores, in the order an orderer gives: a two-minute class that
/// happened to come last ran on alone after everything else had finished, minutes added to the whole run.
/// </summary>
public sealed class LongRunningFirst : ITestCollectionOrderer
{
    /// <summary>This type's full name, for <c>[assembly: TestCollectionOrderer]</c>.</summary>
    public const string TypeName = "LpipEvidence.Tests.Support.LongRunningFirst";

    private readonly DefaultTestCollectionOrderer _default = new();

    /// <remarks>A stable sort: within each group, xunit's own order stands.</remarks>
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(c => !IsLongRunning(c));

    /// <summary>
    /// Whether the collection's definition, or the class of a class's own collection (xunit names it "Test collection
    /// for" the class's full name), is marked.
    /// </summary>
    internal static bool IsLongRunning(ITestCollection collection)
    {
        const string OwnCollection = "Test collection for ";
        if (collection.CollectionDefinition is { } definition) return Marked(definition);
        if (!collection.DisplayName.StartsWith(OwnCollection, StringComparison.Ordinal)) return false;
        return collection.TestAssembly.Assembly.GetType(collection.DisplayName[OwnCollection.Length..]) is { } type && Marked(type);
    }

    private static bool Marked(ITypeInfo type) => type.GetCustomAttributes(typeof(LongRunningAttribute)).Any();
}
