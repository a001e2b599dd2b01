using System.Diagnostics;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>The real site as its own process (the built LpipEvidence.Web.dll), for what only a process shows: exit codes and its output.</summary>
public static class SiteProcess
{
    /// <summary>
    /// Starts the site with these environment variables (and command-line arguments) in Production and waits for it to exit; a site that starts
    /// instead of refusing is killed after <paramref name="timeout"/> (two minutes by default) and the test fails.
    /// </summary>
    public static async Task<(int Code, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null,
        params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LpipEvidence.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Search__TimeBudget"] = TestAppSettings.SearchTimeBudget;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
