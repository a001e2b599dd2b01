using LpipEvidence.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.Deployment;

/// <summary>
/// One store artifact of the content fixtures, built by the real <c>import --output</c> verb in a temp folder and
/// shared by a test class; tests that change an artifact work on a <see cref="Copy"/>.
/// </summary>
public sealed class ArtifactFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "lpip-artifact-" + Guid.NewGuid().ToString("N"));

    public string File => Path.Combine(Folder, "release", "evidence.db");

    /// <summary>What the verb printed.</summary>
    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await LpipEvidence.Web.CommandLine.AppCommandLine.RunAsync(["import", "--content", RepositoryPaths.FixtureContent, "--output", File], output, error);
        Assert.True(code == 0, $"import --output exited {code}: {output}{error}");
        Output = output.ToString();
    }

    /// <summary>A copy of the artifact (store file and index folder) in a new folder, to change or break.</summary>
    public string Copy(string name)
    {
        var target = Path.Combine(Folder, name, "evidence.db");
        CopyFolder(Path.GetDirectoryName(File)!, Path.GetDirectoryName(target)!);
        return target;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
