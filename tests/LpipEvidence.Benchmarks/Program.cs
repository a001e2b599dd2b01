using System.Diagnostics;
using BenchmarkDotNet.Running;
using LpipEvidence.Benchmarks;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Content;
using LpipEvidence.Search.Querying;

// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- --filter '*'       BenchmarkDotNet (see docs/performance.md)
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- latency [--sizes 10000,100000] [--runs 1000] [--seconds 10] [--engines Lucene,LuceneQuery,Service,Fts5Service] [--no-real]
//     more engines: Hybrid, HybridCold (words and meaning), Embedding (one query embedding), VectorScan (the vector part alone, synthetic vectors)
// Any verb: --cache <folder> keeps generated corpora, stores, indexes and meaning vectors there (default: $LPIP_BENCH_CACHE, else /tmp/lpip-bench).
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- generate <findings> <folder>
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- prepare [--sizes 10000,100000]
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- memory <findings>
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- meaning [findings] [--sample N]
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- import-profile <findings> [rounds]
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- sql <store.db> <match> <runs> "SQL with $match" ...
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- queries
// dotnet run -c Release --project tests/LpipEvidence.Benchmarks -- circuits --pid SERVER_PID [--url URL] [--count 100] [--abrupt]
var cache = Array.IndexOf(args, "--cache");
if (cache >= 0 && cache + 1 < args.Length)
{
    Corpora.UseCache(args[cache + 1]);
    args = [.. args[..cache], .. args[(cache + 2)..]];
}

switch (args.FirstOrDefault())
{
    case "circuits":
        return await LpipEvidence.Benchmarks.Circuits.CircuitMemory.RunAsync(args[1..]);
    case "sql":
        return SqlProbe.Run(args[1..]);
    case "import-profile":
        return ImportProbe.Run(args[1..]);
    case "latency":
        return LatencyRunner.Run(args[1..]);
    case "profile":
        return ProfileProbe.Run(args[1..]);
    case "memory":
        return MemoryProbe.Run(args[1..]);
    case "meaning":
        return MeaningProbe.Run(args[1..]);
    case "generate" when args.Length == 3:
    {
        var findings = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        new CorpusGenerator(Corpora.Seed).Write(args[2], findings);
        var read = ContentReader.Read(args[2], Corpora.LimitsFor(args[2]));
        foreach (var error in read.Errors) Console.Error.WriteLine(error.Format(args[2]));
        Console.WriteLine($"{findings} findings written to {args[2]} in {watch.Elapsed.TotalSeconds:F1} s; check: {read.Errors.Count} error(s)");
        return read.IsValid ? 0 : 1;
    }
    case "prepare":
        Prepare(args);
        return 0;
    case "queries":
        foreach (var kind in Enum.GetValues<QueryKind>()) Console.WriteLine($"{kind}: {Queries.For(kind)}");
        return 0;
    default:
        // Build every corpus, store and index once here, so the benchmark processes only open them.
        if (args.Contains("--filter") && !args.Contains("--list")) Prepare(args);
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        return 0;
}

static void Prepare(string[] args)
{
    var i = Array.IndexOf(args, "--sizes");
    var sizes = i >= 0 ? args[i + 1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : Corpora.Sizes;
    foreach (var size in sizes)
    {
        Corpora.EnsureFts5Store(size);
    }
}
