using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>The result of one import attempt.</summary>
public sealed record ImportResult(
    ImportOutcome Outcome,
    IReadOnlyList<ContentError> Errors,
    string Hash,
    DateTime AttemptedAtUtc,
    int ReviewCount,
    int FindingCount,
    int ThemeCount);
