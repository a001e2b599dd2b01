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
/// (or rebuilds) must answer from that same content; and the next run must finish. The kills of a first start and
/// those of an import replacing the content are two test classes, so they run at the same time: each is a minute of
/// imports one after another on a quiet machine, and several on a busy one.
/// </summary>
public abstract partial class KillTests(ITestOutputHelper output) : IDisposable
{
    private const int GeneratedFindings = 1_500;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lpip-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    /// <summary>One version of the content: where it is, its hash, its finding count and the word every generated finding holds.</summary>
    private sealed record Corpus(string Root, string Hash, int Findings, int Generated, string Marker);

    /// <summary>Both versions of the content and how much write-ahead log a whole import of the first writes.</summary>
    /// <remarks>
    /// Learnt from a full run on a fresh store: kills are then timed by the progress the store shows (files created,
    /// log written), not by the clock, which a busy machine skews.
    /// </remarks>
    private async Task<(Corpus Alpha, Corpus Bravo, long PeakLog)> PrepareAsync()
    {
        var alpha = Generate("alpha", "alphaword", GeneratedFindings);
        var bravo = Generate("bravo", "bravoword", GeneratedFindings + 40);
        var timing = Path.Combine(_folder, "timing.db");
        var peakLog = await RunWatchingLogAsync(alpha, timing);
        await AssertWholeAsync(timing, [alpha, bravo], allowEmpty: false, expected: alpha);
        output.WriteLine($"one full import of {alpha.Findings} findings wrote up to {peakLog / 1024} KB of write-ahead log");
        Assert.True(peakLog > 0, "the import wrote no write-ahead log to time the kills by");
        return (alpha, bravo, peakLog);
    }

    /// <summary>Kills of a first start: as the store file appears, while migrations hold their lock, as the log starts, as the first search index is written.</summary>
    protected async Task KillFirstStartsAsync()
    {
        var (alpha, bravo, peakLog) = await PrepareAsync();
        Corpus[] corpora = [alpha, bravo];
        var kills = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
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
        AssertMostKilled(kills, startMoments.Length, outcomes);
    }

    /// <summary>Kills of imports that replace one version with the other, at points spread over the whole write.</summary>
    protected async Task KillReplacementsAsync()
    {
        var (alpha, bravo, peakLog) = await PrepareAsync();
        Corpus[] corpora = [alpha, bravo];
        const int Runs = 14;
        var kills = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = Path.Combine(_folder, "shared.db");
        Assert.Equal(0, await RunToEndAsync(alpha, shared));
        var random = new Random(20261127);
        var held = alpha.Marker;
        for (var i = 0; i < Runs; i++)
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
        AssertMostKilled(kills, Runs, outcomes);
    }

    /// <summary>Most runs must really have been killed mid-way (at least 70%, as 15 of the 21 before the split), or the test proves nothing.</summary>
    private void AssertMostKilled(int kills, int runs, Dictionary<string, int> outcomes)
    {
        output.WriteLine($"{kills} of {runs} runs killed; the store then held: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(kills * 10 >= runs * 7, $"only {kills} of {runs} runs were still running when killed");
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

}

/// <summary>The site killed at each moment of its first start (see <see cref="KillTests"/>).</summary>
[LongRunning]
public sealed class KillAtFirstStartTests(ITestOutputHelper output) : KillTests(output)
{
    [Fact]
    public Task Kill_AtAnyMomentOfAFirstStart_LeavesNothingOrTheWholeContent_AndTheNextStartFinishes() => KillFirstStartsAsync();
}

/// <summary>An import replacing one version of the content with another, killed across its whole write (see <see cref="KillTests"/>).</summary>
[LongRunning]
public sealed class KillDuringAnImportTests(ITestOutputHelper output) : KillTests(output)
{
    [Fact]
    public Task Kill_AtAnyMomentOfAnImport_LeavesTheOldOrTheNewContentWhole() => KillReplacementsAsync();
}
