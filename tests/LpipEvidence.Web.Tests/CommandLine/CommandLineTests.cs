using LpipEvidence.Tests.Support;
using LpipEvidence.Web.CommandLine;
using LpipEvidence.Web.Hosting;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LpipEvidence.Web.Tests.CommandLine;

public sealed partial class CommandLineTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), "lpip-cli-" + Guid.NewGuid().ToString("N"), "evidence.db");

    public void Dispose()
    {
        _content.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Runs a verb in-process and returns its exit code and what it printed.</summary>
    internal static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AppCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Connection => $"--ConnectionStrings:Evidence=Data Source={_database}";

    [Theory]
    [InlineData(true)]
    [InlineData(true, "--urls", "http://127.0.0.1:8080")]
    [InlineData(true, "--urls=http://127.0.0.1:8080", "--Content:Path=/srv/content", "--Content:ShowDrafts", "true")]
    // What WebApplicationFactory passes, and the top-level settings.
    [InlineData(true, "--environment=Development", "--contentRoot=/tmp", "--applicationName=LpipEvidence.Web", "--AllowedHosts=example.org")]
    [InlineData(true, "--Store=", "--Store:Artifact=/srv/evidence.db", "--Content=", "--Content:Limits:MaxFiles=10", "--Content:Limits=")]
    [InlineData(false, "--Store=")]
    [InlineData(false, "check")]
    [InlineData(false, "import", "--content", "content")]
    [InlineData(false, "draft")]
    [InlineData(false, "help")]
    [InlineData(false, "--help")]
    [InlineData(false, "-h")]
    [InlineData(false, "--version")]
    [InlineData(false, "serve")]
    [InlineData(false, "--frobnicate")]
    [InlineData(false, "--url", "http://127.0.0.1:8080")]
    [InlineData(false, "--urls", "http://127.0.0.1:8080", "content")]
    public void RunsTheSite_OnlyWithSettingsAlone(bool expected, params string[] args) =>
        Assert.Equal(expected, AppCommandLine.RunsTheSite(args));

    [Theory]
    [InlineData("", "--help")]
    [InlineData("", "-h")]
    [InlineData("", "help")]
    [InlineData("check", "check", "--help")]
    [InlineData("import", "import", "--help")]
    [InlineData("draft", "draft", "-h")]
    public async Task Help_OnTheAppAndEachVerb_ExitsZeroAndPrintsItsUsage(string verb, params string[] args)
    {
        var (code, output, error) = await Run(args);

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains($"  {AppCommandLine.AppName} {verb}".TrimEnd() + (verb == "" ? " [command] [options]" : " "), output, StringComparison.Ordinal);
        // The verb's own options are listed with their help.
        if (verb != "") Assert.Contains("--content <DIR>", output, StringComparison.Ordinal);
        if (verb == "import") Assert.Contains("--output <FILE>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("check", "--version")]
    [InlineData("import", "--version")]
    [InlineData("draft", "--version")]
    public async Task Version_OnTheAppAndEachVerb_ExitsZeroAndPrintsTheAppsVersion(params string[] args)
    {
        var (code, output, error) = await Run(args);

        Assert.Equal((0, ""), (code, error));
        var expected = typeof(AppCommandLine).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        // The app's, not the test host's (the entry assembly here).
        Assert.Equal(expected, output.TrimEnd());
        Assert.Equal(expected, AppCommandLine.Version);
    }

    [Theory]
    [InlineData("serve", "Unrecognized command or argument 'serve'", "  LpipEvidence.Web [command] [options]")]
    [InlineData("--frobnicate", "Unrecognized command or argument '--frobnicate'", "  LpipEvidence.Web [command] [options]")]
    [InlineData("import --contnet DIR", "Unrecognized command or argument '--contnet'", "  LpipEvidence.Web import [options]")]
    [InlineData("import --content DIR --force", "Unrecognized command or argument '--force'", "  LpipEvidence.Web import [options]")]
    [InlineData("check --content DIR extra", "Unrecognized command or argument 'extra'", "  LpipEvidence.Web check [options]")]
    [InlineData("draft REVIEW.pdf --content DIR --overwrite", "Unrecognized command or argument '--overwrite'", "  LpipEvidence.Web draft [<REVIEW.pdf>] [options]")]
    public async Task UnknownVerbOrOption_ExitsTwoWithUsageOnStandardErrorAndTouchesNoStore(string line, string mistake, string usage)
    {
        var args = line.Replace("DIR", _content.Root, StringComparison.Ordinal).Split(' ').Append(Connection).ToArray();

        var (code, output, error) = await Run(args);

        Assert.Equal(StartupRefusal.Usage, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {mistake}.", error, StringComparison.Ordinal);
        Assert.Contains("Usage:" + Environment.NewLine + usage, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_database));
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database)));
    }

    [Fact]
    public async Task UnknownOption_ToTheSiteProcess_ExitsTwoWithUsageAndCreatesNoStore()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Evidence"] = $"Data Source={_database}",
            ["Content__Path"] = _content.Root,
        };

        var (code, output) = await SiteProcess.RunUntilExitAsync(environment, null, "--url", "http://127.0.0.1:0");

        Assert.Equal(StartupRefusal.Usage, code);
        Assert.StartsWith("error: Unrecognized command or argument '--url'.", output, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_database));
    }

    [Fact]
    public async Task Check_SettingWithItsValueAfterASpaceAndContentAfterAColon_AreEachTakenAsMeant()
    {
        _content.Write(TempContent.SecondFindingPath, TempContent.SecondFinding + new string('x', 3_000));

        var (code, output, error) = await Run("check", $"--content:{_content.Root}", "--Content:Limits:MaxFileBytes", "2000");

        Assert.Equal(1, code);
        Assert.Contains("reviews/sample/findings/02-second.md:1:1: error: the file is 3.", output, StringComparison.Ordinal);
        Assert.Contains("1 error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ValidContent_ExitsZeroAndCountsIt()
    {
        var (code, output, _) = await Run("check", "--content", _content.Root);
        Assert.Equal(0, code);
        Assert.Contains("OK: 1 review, 2 findings, 2 themes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FixtureContent_ExitsZeroAndCountsBothReviews()
    {
        var (code, output, _) = await Run("check", $"--content={RepositoryPaths.FixtureContent}");
        Assert.Equal(0, code);
        Assert.Contains("OK: 2 reviews, 8 findings, 9 themes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DraftReview_ExitsZeroAndListsTheDraft()
    {
        _content.Write(TempContent.ReviewPath, TempContent.Review.Replace("title: Sample Evidence Review", "title: Sample Evidence Review\ndraft: true", StringComparison.Ordinal));

        var (code, output, _) = await Run("check", "--content", _content.Root);

        Assert.Equal(0, code);
        var lines = output.Replace(_content.Root.TrimEnd('/') + "/", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("OK: 1 review, 2 findings, 2 themes", lines[0], StringComparison.Ordinal);
        Assert.Equal("reviews/sample/review.md:1:1: note: draft: 'Sample Evidence Review' is not published (nor its 2 findings); delete the line 'draft: true' to publish it", lines[1]);
    }

    [Fact]
    public async Task Check_UnclosedFlowSequence_ExitsOneWithALocatedErrorInsteadOfCrashing()
    {
        _content.Write(TempContent.SkillsThemePath, "---\ntitle: [unclosed\n---\nText.\n");

        var (code, output, _) = await Run("check", "--content", _content.Root);

        Assert.Equal(1, code);
        Assert.StartsWith("themes/skills.md:2:", output.Split('\n')[0].Replace(_content.Root.TrimEnd('/') + "/", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(": error: malformed YAML in front matter", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_LimitsFromConfiguration_RefuseAFileOverTheSize()
    {
        _content.Write(TempContent.SecondFindingPath, TempContent.SecondFinding + new string('x', 3_000));

        var (within, _, _) = await Run("check", "--content", _content.Root);
        var (over, output, _) = await Run("check", "--content", _content.Root, "--Content:Limits:MaxFileBytes=2000");

        Assert.Equal(0, within);
        Assert.Equal(1, over);
        Assert.Contains("reviews/sample/findings/02-second.md:1:1: error: the file is 3.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidContent_ExitsOneAndPrintsEveryErrorLikeACompiler()
    {
        _content.Write(TempContent.SkillsThemePath, "");
        _content.Write(TempContent.FirstFindingPath, TempContent.FirstFinding.Replace("order: 1", "order: first", StringComparison.Ordinal));

        var (code, output, error) = await Run("check", "--content", _content.Root);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("reviews/sample/findings/01-first.md:3:8: error: field 'order' must be a whole number from 1 up", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("themes/skills.md:1:1: error: the file is empty: it needs front matter between '---' lines and a body", lines[1], StringComparison.Ordinal);
        Assert.Contains("2 errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingFolder_ExitsTwo()
    {
        var (code, _, error) = await Run("check", "--content", Path.Combine(_content.Root, "nope"));
        Assert.Equal(2, code);
        Assert.Contains("content folder not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ContentWithoutAValue_ExitsTwoWithUsage()
    {
        var (code, _, error) = await Run("check", "--content");
        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ThenImportAgain_ImportsOnceThenReportsUnchanged()
    {
        var connection = Connection;

        var first = await Run("import", "--content", _content.Root, connection);
        var second = await Run("import", "--content", _content.Root, connection);

        Assert.Equal(0, first.Code);
        Assert.Contains("imported 1 review, 2 findings, 2 themes", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(_database));
        Assert.Equal(0, second.Code);
        Assert.Contains("unchanged", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StoreLeftLockedByAKilledProcess_ClearsTheLockSaysSoAndImports()
    {
        var connection = Connection;
        Assert.Equal(0, (await Run("import", "--content", _content.Root, connection)).Code);
        await using (var db = new SqliteConnection($"Data Source={_database};Pooling=False"))
        {
            await db.OpenAsync();
            await using var plant = db.CreateCommand();
            plant.CommandText = "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-27 07:00:00+00:00');";
            await plant.ExecuteNonQueryAsync();
        }
        _content.Write(TempContent.SkillsThemePath, TempContent.SkillsTheme.Replace("title: Skills", "title: Skills and training", StringComparison.Ordinal));

        var (code, output, error) = await Run("import", "--content", _content.Root, connection).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(0, code);
        Assert.Contains("imported 1 review", output, StringComparison.Ordinal);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning: Cleared a stale migration lock", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InvalidContent_ExitsOne()
    {
        _content.Delete(TempContent.ReviewPath);
        var (code, output, _) = await Run("import", "--content", _content.Root, $"--ConnectionStrings:Evidence=Data Source={_database}");
        Assert.Equal(1, code);
        Assert.Contains("reviews/sample:1:1: error: review folder 'sample' has no review metadata", output, StringComparison.Ordinal);
    }
}
