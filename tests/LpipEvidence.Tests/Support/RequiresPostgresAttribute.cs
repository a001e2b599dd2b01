namespace LpipEvidence.Tests.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need a PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
