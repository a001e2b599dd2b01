using LpipEvidence.OpenData;

namespace LpipEvidence.SavedBriefings;

/// <summary>One finding of a saved briefing, as the read API gives it.</summary>
/// <param name="Position">Its place in the briefing, from 1.</param>
/// <param name="Slug">Its stable identifier.</param>
/// <param name="Title">Its title now, or as saved when it has been withdrawn.</param>
/// <param name="Status"><c>current</c>, <c>changed</c> (since the briefing was made) or <c>withdrawn</c> (no longer in the reviews).</param>
/// <param name="Finding">The finding with its text, licence and citation; null when withdrawn.</param>
/// <param name="ChangesSinceMade">Its change notes since the briefing was made, newest first.</param>
public sealed record SavedFindingData(int Position, string Slug, string Title, string Status, FindingData? Finding, IReadOnlyList<ChangeData> ChangesSinceMade);
