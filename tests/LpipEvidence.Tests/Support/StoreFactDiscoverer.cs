using Xunit.Abstractions;
using Xunit.Sdk;

namespace LpipEvidence.Tests.Support;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipped with a reason where their class needs a server that is absent.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (needsPostgres && PostgresServer.SkipReason is { } reason)
        {
            yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason);
            yield break;
        }
        yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
    }
}
