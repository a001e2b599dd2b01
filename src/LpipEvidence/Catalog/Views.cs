namespace LpipEvidence.Catalog;

/// <summary>A review with its findings in order.</summary>
public sealed record ReviewDetail(ReviewSummary Review, string IntroductionHtml, string IntroductionText, IReadOnlyList<FindingView> Findings);

/// <summary>A theme with its findings across all reviews, and those reviews (for attribution).</summary>
public sealed record ThemeDetail(ThemeSummary Theme, IReadOnlyList<FindingView> Findings, IReadOnlyList<ReviewSummary> Reviews);

/// <summary>A finding with its source review and its neighbours in that review.</summary>
public sealed record FindingDetail(FindingView Finding, ReviewSummary Review, FindingLink? Previous, FindingLink? Next);

/// <summary>What the home page shows: every review with its findings, and every theme.</summary>
public sealed record HomeView(IReadOnlyList<ReviewDetail> Reviews, IReadOnlyList<ThemeSummary> Themes);
