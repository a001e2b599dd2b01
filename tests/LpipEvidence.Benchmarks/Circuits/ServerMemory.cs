using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LpipEvidence.Benchmarks.Circuits;

/// <summary>
/// The memory of a running .NET server, read from outside it: <c>dotnet-gcdump collect</c> forces a full, blocking
/// garbage collection in the server and writes its live heap, which <c>dotnet-gcdump report</c> sums and counts by
/// type; the resident set comes from <c>/proc/PID/status</c>.
/// </summary>
public sealed partial record ServerMemory(long HeapBytes, long ResidentBytes, int CircuitHosts)
{
    public static async Task<ServerMemory> MeasureAsync(int pid, string gcdump, string folder)
    {
        var file = Path.Combine(folder, $"server-{Guid.NewGuid():N}.gcdump");
        await RunAsync(gcdump, $"collect -p {pid} -o {file}");
        var report = await RunAsync(gcdump, $"report {file}");
        File.Delete(file);
        var heap = long.Parse(HeapLine().Match(report).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var circuits = CircuitHostLine().Matches(report).Sum(m => int.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        var status = await File.ReadAllLinesAsync($"/proc/{pid}/status");
        var rssKb = long.Parse(status.Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return new ServerMemory(heap, rssKb * 1024, circuits);
    }

    public override string ToString() =>
        $"GC heap {HeapBytes / 1048576.0,7:F1} MB, resident {ResidentBytes / 1048576.0,7:F1} MB, CircuitHost objects {CircuitHosts,4}";

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapLine();

    [GeneratedRegex(@"^\s*[\d,]+\s+([\d,]+)\s+Microsoft\.AspNetCore\.Components\.Server\.Circuits\.CircuitHost\s", RegexOptions.Multiline)]
    private static partial Regex CircuitHostLine();
}
