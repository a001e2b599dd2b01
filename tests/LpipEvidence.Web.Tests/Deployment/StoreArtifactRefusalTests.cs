using LpipEvidence.Search;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Deployment;

/// <summary>
/// The real process, started on an artifact this version cannot serve, refuses to start: one critical log line that
/// says why and what to do, a non-zero exit code, and it never listens.
/// </summary>
[LongRunning]
public sealed class StoreArtifactRefusalTests(ArtifactFixture artifact) : IClassFixture<ArtifactFixture>
{
    private static Task<(int Code, string Output)> StartSiteAsync(string file) =>
        SiteProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Store__Artifact"] = file });

    private static void AssertRefused(int code, string output, string problem)
    {
        Assert.Equal(1, code);
        var refusal = Assert.Single(output.Split('\n'), line => line.Contains("Refusing to start", StringComparison.Ordinal));
        Assert.Contains(problem, refusal, StringComparison.Ordinal);
        Assert.EndsWith("Build the artifact again with this version of the app (LpipEvidence.Web import --content DIR --output FILE) and set Store:Artifact to the new file.",
            refusal.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ArtifactBuiltByANewerVersion_IsRefusedWithTheMessage()
    {
        var file = artifact.Copy("newer");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');";
            await insert.ExecuteNonQueryAsync();
        }

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, $"the store artifact {file} cannot be served: it was built by a newer version of the app: it holds migrations this version does not know (29991231000000_FromTheFuture).");
    }

    [Fact]
    public async Task Start_ArtifactWithoutItsIndex_IsRefused()
    {
        var file = artifact.Copy("no-index");
        Directory.Delete(file + ".search", recursive: true);

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, $"it lacks its search index ({Path.Combine(file + ".search", SearchIndexManager.PointerFile)} does not exist).");
        Assert.False(Directory.Exists(file + ".search"));
    }

    [Fact]
    public async Task Start_ArtifactWithRandomBytesOverOnePage_IsRefusedAsDamaged()
    {
        var file = artifact.Copy("damaged");
        const int pageSize = 4096;
        var pages = (int)(new FileInfo(file).Length / pageSize);
        var noise = new byte[pageSize];
        new Random(21).NextBytes(noise);
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            // A page in the middle of the file: the header and the schema (page 1) stay whole, so the file still opens.
            stream.Position = (long)(pages / 2) * pageSize;
            await stream.WriteAsync(noise);
        }

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, $"the store artifact {file} cannot be served: it ");
        Assert.Matches("it is damaged: SQLite's quick_check found: |it cannot be read \\(", output);
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Start_ArtifactWhoseIndexWasBuiltFromOtherContent_IsRefusedNamingBoth()
    {
        var file = artifact.Copy("other-content");
        // The store now says it holds other content than the index was built from (its generation is the last
        // import's id and content hash).
        await ExecuteAsync(file, "UPDATE Imports SET Hash = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff' WHERE Id = (SELECT MAX(Id) FROM Imports);");

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, "its search index was built from other content (");
        Assert.Contains("than the store holds (", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ArtifactWhoseIndexLacksADocument_IsRefusedWithBothCounts()
    {
        var file = artifact.Copy("missing-document");
        // Same generation, one more theme in the store than the index holds documents for.
        await ExecuteAsync(file, """
            INSERT INTO Themes (Slug, SourcePath, Title, "Order", Description_Html, Description_Markdown, Description_PlainText)
            VALUES ('unindexed', 'themes/unindexed.md', 'Unindexed', 99, '<p>x</p>', 'x', 'x');
            """);

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, "its search index holds ");
        Assert.Matches("its search index holds (\\d+) documents, and the store has (\\d+) findings, reviews and themes to search", output);
        var counts = System.Text.RegularExpressions.Regex.Match(output, "holds (\\d+) documents, and the store has (\\d+)");
        Assert.Equal(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Start_ArtifactWithItsThemeTablesDropped_IsRefusedNamingThem()
    {
        var file = artifact.Copy("no-themes");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE FindingThemes; DROP TABLE Themes;";
            await drop.ExecuteNonQueryAsync();
        }

        var (code, output) = await StartSiteAsync(file);

        AssertRefused(code, output, "it lacks tables FindingThemes, Themes that this version reads.");
    }
}
