using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// Searches: one launch, 2 warm-up and 10 measured iterations of about 250 ms each (a ShortRun with more iterations,
/// so medians are steadier on a shared 2-core machine), allocations, median, P95 and P99 of the iteration means.
/// </summary>
public sealed class SearchConfig : ManualConfig
{
    public SearchConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithId("Short10"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}

/// <summary>
/// Imports: single invocations (RunStrategy.Monitoring), no warm-up and 2 measured imports per size (a 100k import
/// takes minutes on this machine); the first includes JIT warm-up, so the minimum is the warm figure.
/// </summary>
public sealed class ImportConfig : ManualConfig
{
    public ImportConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(2)
            .WithId("Import"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}

/// <summary>A percentile of the measured iterations (BenchmarkDotNet has P95 built in, not P99).</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 20;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Percentile {percentile}: {percentile}% of the measured iterations' mean times are below this";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null) return "NA";
        var ns = statistics.Percentiles.Percentile(percentile);
        var culture = style.CultureInfo ?? CultureInfo.InvariantCulture;
        return ns >= 1_000_000 ? (ns / 1_000_000).ToString("N3", culture) + " ms"
            : ns >= 1_000 ? (ns / 1_000).ToString("N3", culture) + " μs"
            : ns.ToString("N3", culture) + " ns";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
