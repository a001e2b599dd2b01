using System.Text.RegularExpressions;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Web.Tests.Deployment;

/// <summary>
/// The site is published for the servers' platform: a publish without a runtime identifier carries the native
/// libraries of every platform (ONNX Runtime for Windows, macOS and Linux on each processor), so every publish
/// command a deployment follows names <c>-r linux-x64</c>.
/// </summary>
public sealed partial class PublishCommandTests
{
    /// <summary>The documents a deployment follows, besides every script and unit under deploy/.</summary>
    private static readonly string[] Guides = ["README.md", "docs/deployment.md"];

    [GeneratedRegex(@"dotnet publish\b[^\n]*LpipEvidence\.Web[^\n]*")]
    private static partial Regex PublishCommand();

    [Fact]
    public void EveryDeploymentPublishCommand_NamesTheLinuxX64Runtime()
    {
        var files = Guides.Concat(Directory
            .EnumerateFiles(Path.Combine(RepositoryPaths.Root, "deploy"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')));

        var commands = files.SelectMany(file => PublishCommand().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)))
            .Select(match => (File: file, Command: match.Value))).ToList();

        Assert.Contains(commands, c => c.File == "docs/deployment.md");
        Assert.Contains(commands, c => c.File == "deploy/local-cluster.sh");
        Assert.All(commands, c => Assert.True(c.Command.Contains(" -r linux-x64", StringComparison.Ordinal), $"{c.File}: {c.Command}"));
    }
}
