using System.Diagnostics;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// <c>memory &lt;findings&gt;</c>: the process's memory with the service open on that corpus's index, after every
/// benchmark query has run 20 times, and the index's size on disk.
/// </summary>
public static class MemoryProbe
{
    public static int Run(string[] args)
    {
        var findings = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
        var path = Corpora.EnsureStore(findings);
        var before = Snapshot();
        using var store = new Corpora.BenchStore(path).OpenIndex();
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            for (var i = 0; i < 20; i++) store.Search.SearchAsync(new SearchRequest(Queries.For(kind), PrefixLastWord: false)).GetAwaiter().GetResult();
        }
        var after = Snapshot();
        Console.WriteLine($"{findings} findings: index {Corpora.FolderBytes(store.Index.CurrentFolder!) / 1024.0 / 1024.0:F1} MiB on disk");
        Console.WriteLine($"  before opening: working set {before.WorkingSet:F0} MiB, managed heap {before.Managed:F0} MiB");
        Console.WriteLine($"  index open, queries run: working set {after.WorkingSet:F0} MiB, managed heap {after.Managed:F0} MiB");
        return 0;
    }

    private static (double WorkingSet, double Managed) Snapshot()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64 / 1024.0 / 1024.0, GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0);
    }
}
