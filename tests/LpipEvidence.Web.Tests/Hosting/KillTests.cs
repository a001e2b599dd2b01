using System.Diagnostics;
using LpipEvidence.Content;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using LpipEvidence.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace LpipEvidence.Web.Tests.Hosting;

/// <summary>
/// The process is killed (SIGKILL, no chance to clean up) at many moments across start-up, migration and the
/// import of a large synthetic corpus. After every kill the store must be what a restart would serve: the old
/// content or the new, whole, never a mix, with <c>PRAGMA integrity_check</c> ok; the search index a restart opens
/// (or rebuilds) must answer from that same content; and the next run must finish.
/// </summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int GeneratedFindings = 1_500;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lpip-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>One version of the content: where it is, its hash, its finding count and the word every generated finding holds.</summary>
    private sealed record Corpus(string Root, string Hash, int Findings, int Generated, string Marker);

    [Fact]
    public async Task Kill_AtAnyMomentOfStartUpMigrationOrImport_LeavesTheOldOrTheNewContentWhole()
    {
        var alpha = Generate("alpha", "alphaword", GeneratedFindings);
        var bravo = Generate("bravo", "bravoword", GeneratedFindings + 40);
        Corpus[] corpora = [alpha, bravo];

        // A full run on a fresh store, to learn how much write-ahead log a whole import writes. Kills are then timed
        // by the progress the store shows (files created, log written), not by the clock, which a busy machine skews.
        var timing = Path.Combine(_folder, "timing.db");
        var peakLog = await RunWatchingLogAsync(alpha, timing);
        await AssertWholeAsync(timing, corpora, allowEmpty: false, expected: alpha);
        output.WriteLine($"one full import of {alpha.Findings} findings wrote up to {peakLog / 1024} KB of write-ahead log");
        Assert.True(peakLog > 0, "the import wrote no write-ahead log to time the kills by");

        var kills = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        // Kills of a first start: as the store file appears, while migrations hold their lock, as the log starts, as
        // the first search index is written.
        (string Moment, Func<string, bool> Reached)[] startMoments =
        [
            ("store file created", db => File.Exists(db)),
            ("migration lock taken", db => File.Exists(db + ".migrate-lock")),
            ("write-ahead log created", db => File.Exists(db + "-wal")),
            ("log at 2%", db => LogSize(db) >= peakLog / 50),
            ("log at 10%", db => LogSize(db) >= peakLog / 10),
            ("log at 50%", db => LogSize(db) >= peakLog / 2),
            ("search index being written", db => IndexFolders(db) > 0),
        ];
        for (var i = 0; i < startMoments.Length; i++)
        {
            var store = Path.Combine(_folder, $"fresh-{i}.db");
            var killed = await KillWhenAsync(alpha, store, startMoments[i].Reached);
            kills += killed ? 1 : 0;
            output.WriteLine($"first start, killed at '{startMoments[i].Moment}': {(killed ? "killed" : "had finished")}");
            Count(outcomes, await AssertWholeAsync(store, corpora, allowEmpty: true));
            Assert.Equal(0, await RunToEndAsync(alpha, store));
            await AssertWholeAsync(store, corpora, allowEmpty: false, expected: alpha);
        }

        // Kills of imports that replace one version with the other, at points spread over the whole write.
        var shared = Path.Combine(_folder, "shared.db");
        Assert.Equal(0, await RunToEndAsync(alpha, shared));
        var random = new Random(20261127);
        var held = alpha.Marker;
        for (var i = 0; i < 14; i++)
        {
            // Always towards the version the store does not hold, so every run has a change to write.
            var target = held == alpha.Marker ? bravo : alpha;
            var fraction = 0.02 + 0.96 * random.NextDouble();
            // Every third run dies while the search index is written, after the store has committed.
            var folders = IndexFolders(shared);
            Func<string, bool> moment = i % 3 == 2 ? db => IndexFolders(db) > folders : db => LogSize(db) >= (long)(peakLog * fraction);
            var killed = await KillWhenAsync(target, shared, moment);
            kills += killed ? 1 : 0;
            held = await AssertWholeAsync(shared, corpora, allowEmpty: false);
            Count(outcomes, held);
        }
        Assert.Equal(0, await RunToEndAsync(bravo, shared));
        await AssertWholeAsync(shared, corpora, allowEmpty: false, expected: bravo);

        output.WriteLine($"{kills} of 21 runs killed; the store then held: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        // Most runs must really have been killed mid-way, or the test proves nothing.
        Assert.True(kills >= 15, $"only {kills} of 21 runs were still running when killed");
    }

    private static int IndexFolders(string database)
    {
        var location = SearchIndexFolder.For($"Data Source={database}");
        try
        {
            return Directory.Exists(location) ? Directory.GetDirectories(location).Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long LogSize(string database)
    {
        try
        {
            var log = new FileInfo(database + "-wal");
            return log.Exists ? log.Length : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Count(Dictionary<string, int> outcomes, string outcome) =>
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

    /// <summary>
    /// Opens the store as the next process would (which recovers the write-ahead log) and checks it: integrity, and
    /// one corpus whole. Returns which corpus it held ("empty" when allowed and nothing was imported yet).
    /// </summary>
    private static async Task<string> AssertWholeAsync(string database, IReadOnlyList<Corpus> corpora, bool allowEmpty, Corpus? expected = null)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar<string>(connection, "PRAGMA integrity_check;"));

        var hasImports = Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'Imports';") == 1;
        var hash = hasImports ? Scalar<string?>(connection, "SELECT Hash FROM Imports ORDER BY Id DESC LIMIT 1;") : null;
        if (hash is null)
        {
            Assert.True(allowEmpty, "the store lost its content");
            if (hasImports) Assert.Equal(0L, Scalar<long>(connection, "SELECT count(*) FROM Findings;"));
            return "empty";
        }

        var corpus = Assert.Single(corpora, c => c.Hash == hash);
        if (expected is not null) Assert.Equal(expected.Hash, corpus.Hash);
        var findings = Scalar<long>(connection, "SELECT count(*) FROM Findings;");
        Assert.Equal(corpus.Findings, findings);
        Assert.Equal(findings, Scalar<long>(connection, "SELECT FindingCount FROM Imports ORDER BY Id DESC LIMIT 1;"));
        foreach (var other in corpora.Where(c => c != corpus))
        {
            Assert.Equal(0L, Scalar<long>(connection, $"SELECT count(*) FROM Findings WHERE Body_PlainText LIKE '%{other.Marker}%';"));
        }
        Assert.Equal(corpus.Generated, Scalar<long>(connection, $"SELECT count(*) FROM Findings WHERE Body_PlainText LIKE '%{corpus.Marker}%';"));
        connection.Close();
        await AssertSearchServesAsync(database, corpus, corpora);
        return corpus.Marker;
    }

    /// <summary>
    /// What a restarted site's search serves: the index is opened (or rebuilt, when the kill came between the store's
    /// commit and the index's swap) and must answer from the same content as the store, all of it.
    /// </summary>
    private static async Task AssertSearchServesAsync(string database, Corpus corpus, IReadOnlyList<Corpus> corpora)
    {
        var options = new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options;
        using var index = new SearchIndexManager(new Factory(options), TimeProvider.System, NullLogger<SearchIndexManager>.Instance);
        await index.RefreshAsync();
        Assert.Equal(corpus.Hash, index.State.Serving?.ContentHash);
        var search = new SearchService(index, Options.Create(new SearchOptions()));
        foreach (var version in corpora)
        {
            var results = await search.SearchAsync(new SearchRequest(version.Marker, null, null, 1, 10, false));
            Assert.Equal(version == corpus ? version.Generated : 0, results.ShowingSuggestion ? 0 : results.Total);
        }
    }

    private sealed class Factory(DbContextOptions<EvidenceDbContext> options) : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => new(options);
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The fixture content plus a generated review of <paramref name="count"/> findings, each holding <paramref name="marker"/>.</summary>
    private Corpus Generate(string name, string marker, int count)
    {
        var root = Path.Combine(_folder, name);
        using (var copy = TempContent.CopyOf(RepositoryPaths.FixtureContent))
        {
            foreach (var file in Directory.EnumerateFiles(copy.Root, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(copy.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var review = Path.Combine(root, "reviews", "generated");
        Directory.CreateDirectory(Path.Combine(review, "findings"));
        File.WriteAllText(Path.Combine(review, "review.md"), """
            ---
            title: Generated Review for the Kill Test
            authors:
              - given: Test
                family: Generator
            publisher: LpipEvidence tests
            published: 2025-01
            licence:
              name: Creative Commons Attribution 4.0 International
              code: CC BY 4.0
            citation: "Generator, T 2025, *Generated Review*."
            source: https://example.org/generated
            programme-theme: Testing
            ---
            Generated for the kill test; not a real review.
            """);
        string[] themes = ["skills-and-talent", "innovation-ecosystems", "clusters-and-place-based-policy"];
        for (var i = 1; i <= count; i++)
        {
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
                ---
                title: Generated finding {i:00000} {marker}
                order: {i}
                themes: [{themes[i % themes.Length]}]
                ---
                Finding {i} says {marker} about places, skills and innovation, {string.Join(' ', Enumerable.Repeat(marker, 1 + i % 7))}.

                ## Key takeaway

                Takeaway {i}: {marker}.

                """);
            File.WriteAllText(Path.Combine(review, "findings", $"{i:00000}.md"), text.ToString());
        }
        var read = ContentReader.Read(root);
        Assert.Empty(read.Errors);
        return new Corpus(root, read.Hash, read.Content!.Findings.Count(), count, marker);
    }

    private static ProcessStartInfo ImportCommand(Corpus corpus, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LpipEvidence.Web.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add("--content");
        start.ArgumentList.Add(corpus.Root);
        start.Environment["ConnectionStrings__Evidence"] = $"Data Source={database}";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // What is killed here is the store and the word index; embedding 1,500 findings' sentences would make each run
        // minutes long. The vectors' own half-written and kill cases are MeaningTests'.
        start.Environment["Search__Meaning"] = "false";
        return start;
    }

    private async Task<int> RunToEndAsync(Corpus corpus, string database)
    {
        using var process = Process.Start(ImportCommand(corpus, database))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A bound so that a hang fails the test instead of the run; a run takes seconds.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        if (process.ExitCode != 0) output.WriteLine($"exit {process.ExitCode}: {await stdout} {await stderr}");
        return process.ExitCode;
    }

    /// <summary>Runs an import to its end on a fresh store and returns the largest write-ahead log seen meanwhile.</summary>
    private static async Task<long> RunWatchingLogAsync(Corpus corpus, string database)
    {
        using var process = Process.Start(ImportCommand(corpus, database))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!process.HasExited)
        {
            peak = Math.Max(peak, LogSize(database));
            await Task.Delay(1, guard.Token);
        }
        Assert.Equal(0, process.ExitCode);
        return peak;
    }

    /// <summary>Starts an import and kills it (SIGKILL) as soon as <paramref name="reached"/> holds; true when it was still running then.</summary>
    private static async Task<bool> KillWhenAsync(Corpus corpus, string database, Func<string, bool> reached)
    {
        using var process = Process.Start(ImportCommand(corpus, database))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!process.HasExited && !reached(database)) await Task.Delay(1, guard.Token);
        if (process.HasExited) return false;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(guard.Token);
        return true;
    }
}
