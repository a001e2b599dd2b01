namespace LpipEvidence.Tests.Support;

/// <summary>
/// What the content fixtures (tests/Fixtures/content) hold, written out by hand from the files, so that tests of the
/// site's answers do not compute what to expect with the content reader they are also testing: a finding the reader
/// dropped would be missing from both sides, and the test would pass. Change it with the fixtures:
/// <c>FixtureContentTests.Fixtures_AreWhatFixtureFactsSays</c> checks the two agree.
/// </summary>
public static class FixtureFacts
{
    /// <summary>A review: its slug and title, the other forms of its name, and its findings in order.</summary>
    public sealed record Review(string Slug, string Title, string Subtitle, string CitedTitle);

    /// <summary>A finding: its slug, review, order within the review and themes (as the file lists them).</summary>
    public sealed record Finding(string Slug, string Review, int Order, params string[] Themes);

    /// <summary>A theme: its slug and title.</summary>
    public sealed record Theme(string Slug, string Title);

    /// <summary>Every review, by slug.</summary>
    public static readonly IReadOnlyList<Review> Reviews =
    [
        new("innovation", "Innovation Evidence Review", "Innovation Policy Briefing",
            "Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)"),
        new("test-only-transport", "Test Fixture Review of Transport and Connectivity", "Made up for automated tests; not a real review",
            "Test Fixture Review of Transport and Connectivity"),
    ];

    /// <summary>Every theme, by slug.</summary>
    public static readonly IReadOnlyList<Theme> Themes =
    [
        new("clusters-and-place-based-policy", "Clusters and place-based policy"),
        new("devolution-and-local-leadership", "Devolution and local leadership"),
        new("evaluation-and-benchmarking", "Evaluation and benchmarking"),
        new("innovation-ecosystems", "Innovation ecosystems"),
        new("partnerships-and-collaboration", "Partnerships and collaboration"),
        new("research-and-development-funding", "Research and development funding"),
        new("skills-and-talent", "Skills and talent"),
        new("technology-push-and-demand-pull", "Technology push and demand pull"),
        new("transport-and-connectivity", "Transport and connectivity"),
    ];

    /// <summary>Every finding, by review and order.</summary>
    public static readonly IReadOnlyList<Finding> Findings =
    [
        new("importance-of-innovation-and-technology-policies", "innovation", 1, "technology-push-and-demand-pull", "innovation-ecosystems"),
        new("empowering-local-leaders-and-research-funding", "innovation", 2, "devolution-and-local-leadership", "research-and-development-funding"),
        new("collaboration-partnerships-and-skills-development", "innovation", 3, "partnerships-and-collaboration", "skills-and-talent", "innovation-ecosystems"),
        new("place-based-approaches-and-cluster-development", "innovation", 4, "clusters-and-place-based-policy", "partnerships-and-collaboration", "evaluation-and-benchmarking"),
        new("evidence-based-and-experimental-policies", "innovation", 5, "evaluation-and-benchmarking"),
        new("bus-networks-and-regional-labour-markets", "test-only-transport", 1, "transport-and-connectivity", "skills-and-talent"),
        new("digital-connectivity-for-clusters", "test-only-transport", 2, "transport-and-connectivity", "clusters-and-place-based-policy"),
        new("evaluating-transport-investment", "test-only-transport", 3, "transport-and-connectivity", "evaluation-and-benchmarking"),
    ];
}
