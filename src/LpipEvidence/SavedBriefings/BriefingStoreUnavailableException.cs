namespace LpipEvidence.SavedBriefings;

/// <summary>The briefings store cannot be reached or used now (server down, file unwritable, schema missing).</summary>
public sealed class BriefingStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
