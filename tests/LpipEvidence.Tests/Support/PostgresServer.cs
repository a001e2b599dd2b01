using Npgsql;

namespace LpipEvidence.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may use: the connection string in <see cref="Variable"/> (bash .ci/run starts a
/// throwaway server and sets it). Without it, PostgreSQL tests are skipped with <see cref="SkipReason"/>, except in
/// CI (CI=true), where they run and fail: CI must prove the store works on PostgreSQL.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "LPIP_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !InCi
        ? $"No PostgreSQL server: set {Variable} to a connection string (bash .ci/run starts a throwaway server and sets it) to run this test."
        : null;

    /// <summary>A new, empty database on the server, for one test; drop it with <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI. Run them through bash .ci/run, which starts a server.");
        var name = "lpip_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
