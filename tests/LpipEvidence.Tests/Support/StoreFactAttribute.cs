using Xunit.Sdk;

namespace LpipEvidence.Tests.Support;

/// <summary>
/// A test of a store that runs for every provider: in a class marked <see cref="RequiresPostgresAttribute"/> it is
/// skipped, with the reason, when no PostgreSQL server is configured (<see cref="PostgresServer.SkipReason"/>).
/// </summary>
[XunitTestCaseDiscoverer("LpipEvidence.Tests.Support.StoreFactDiscoverer", "LpipEvidence.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
