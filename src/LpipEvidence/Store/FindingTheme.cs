namespace LpipEvidence.Store;

/// <summary>Links a finding to one of its themes; <see cref="Position"/> keeps the editor's order.</summary>
public sealed class FindingTheme
{
    public int FindingId { get; set; }
    public Finding Finding { get; set; } = null!;
    public int ThemeId { get; set; }
    public Theme Theme { get; set; } = null!;
    public int Position { get; set; }
}
