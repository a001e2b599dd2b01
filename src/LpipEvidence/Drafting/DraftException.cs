namespace LpipEvidence.Drafting;

/// <summary>
/// A PDF that cannot be drafted (missing, too big, truncated, encrypted, scanned, or not a review), with a one-line
/// message for the editor saying what is wrong and what to do. Nothing has been written when it is thrown.
/// </summary>
public sealed class DraftException(string message) : Exception(message);
