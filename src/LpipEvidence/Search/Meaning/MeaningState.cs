namespace LpipEvidence.Search.Meaning;

/// <summary>The readiness of search by meaning, for health checks and the status page.</summary>
/// <param name="Status">What it is doing.</param>
/// <param name="Model">The embedding model, or null when there is none.</param>
/// <param name="Embedded">How many texts the last generation embedded (the rest were reused from the one before).</param>
/// <param name="Error">Why meaning is unavailable, when it is.</param>
public sealed record MeaningState(MeaningStatus Status, string? Model, int Embedded, string? Error)
{
    /// <summary>Whether searches use meaning now.</summary>
    public bool IsReady => Status == MeaningStatus.Ready;
}
