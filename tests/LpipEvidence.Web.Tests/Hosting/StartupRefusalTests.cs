using System.Net;
using System.Net.Sockets;
using LpipEvidence.Tests.Support;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Tests.CommandLine;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Hosting;

/// <summary>
/// The real process refuses settings it cannot work with, or an address it cannot listen on, with one line naming
/// what is wrong and a documented exit code: never an unhandled exception, a stack trace or exit code 134.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "lpip-refusal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private Dictionary<string, string> Settings(params (string Name, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["Content__Path"] = RepositoryPaths.FixtureContent,
            ["Content__Watch"] = "false",
            ["ConnectionStrings__Evidence"] = $"Data Source={Path.Combine(_data, "evidence.db")}",
        };
        foreach (var (name, value) in extra) settings[name] = value;
        return settings;
    }

    private static string AssertRefused(int code, string output, int expectedCode)
    {
        Assert.Equal(expectedCode, code);
        var refusal = Assert.Single(output.Split('\n'), line => line.Contains("Refusing to start", StringComparison.Ordinal));
        Assert.EndsWith($"(exit code {expectedCode})", refusal.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        return refusal;
    }

    public static TheoryData<string, string, string[]> ConflictingSettings() => new()
    {
        { "Store__Artifact", "/tmp/lpip-some-release/evidence.db", ["Store:Artifact", "ConnectionStrings:Evidence", "not both"] },
        { "AllowedHosts", "*", ["Site:PublicUrl", "AllowedHosts"] },
        { "Site__KnownProxies__0", "not-an-address", ["Site:KnownProxies", "not-an-address"] },
        { "Site__PublicUrl", "ftp://evidence.example.org/", ["Site:PublicUrl", "http or https"] },
        { "RateLimits__Search__PermitLimit", "0", ["RateLimits", "PermitLimit"] },
        { "Content__Limits__MaxFiles", "0", ["Content:Limits", "MaxFiles"] },
        { "Content__Path", "/tmp/lpip-no-such-content-folder", ["Content:Path", "does not exist"] },
    };

    [Theory]
    [MemberData(nameof(ConflictingSettings))]
    public async Task BadSettings_AreOneLineNamingThem_ExitCode3(string name, string value, string[] named)
    {
        var (code, output) = await SiteProcess.RunUntilExitAsync(Settings((name, value)));

        var refusal = AssertRefused(code, output, StartupRefusal.Configuration);
        Assert.All(named, part => Assert.Contains(part, refusal, StringComparison.Ordinal));
        // Refused before the store is touched.
        Assert.False(File.Exists(Path.Combine(_data, "evidence.db")));
    }

    [Fact]
    public async Task AddressInUse_IsOneLine_ExitCode4()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, output) = await SiteProcess.RunUntilExitAsync(Settings(("ASPNETCORE_URLS", $"http://127.0.0.1:{port}")));

        var refusal = AssertRefused(code, output, StartupRefusal.CannotListen);
        Assert.Contains("cannot listen", refusal, StringComparison.Ordinal);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportVerb_BadSettings_IsOneLineWithExitCode3()
    {
        var (code, _, error) = await CommandLineTests.Run("import", "--content", RepositoryPaths.FixtureContent,
            $"--ConnectionStrings:Evidence=Data Source={Path.Combine(_data, "evidence.db")}", "--Content:Limits:MaxFolderDepth=0");

        Assert.Equal(StartupRefusal.Configuration, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("Content:Limits", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StartupRefusal.Stopped)]
    [InlineData(StartupRefusal.ArtifactRefused)]
    [InlineData(StartupRefusal.Usage)]
    [InlineData(StartupRefusal.Configuration)]
    [InlineData(StartupRefusal.CannotListen)]
    [InlineData(StartupRefusal.Failed)]
    public void ExitCodes_AreDocumented(int code)
    {
        var deployment = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deployment.md"));
        Assert.InRange(code, 0, 127);
        Assert.Contains($"| `{code}` |", deployment, StringComparison.Ordinal);
    }
}
