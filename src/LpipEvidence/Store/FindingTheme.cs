namespace LpipEvidence.Store;

/// <summary>Links a finding to one of its themes; <see cref="Position"/> keeps the editor's order.</summary>
public sealed class FindingTheme
{
    /// <summary>The id of the finding.</summary>
    public int FindingId { get; set; }
    /// <summary>The finding.</summary>
    public Finding Finding { get; set; } = null!;
    /// <summary>The id of the theme.</summary>
    public int ThemeId { get; set; }
    /// <summary>The theme.</summary>
    public Theme Theme { get; set; } = null!;
    /// <summary>The theme's place in the finding's list, from 0.</summary>
    public int Position { get; set; }
}
