using System.Diagnostics;
using LpipEvidence.Content;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using LpipEvidence.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Hosting;

/// <summary>Kill tests, continued: the generated content, the import processes and the moments they are killed at.</summary>
public abstract partial class KillTests
{
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
