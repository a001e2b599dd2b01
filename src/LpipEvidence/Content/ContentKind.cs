namespace LpipEvidence.Content;

/// <summary>The kinds of content a page, a change note or a search hit can be about.</summary>
public enum ContentKind
{
    /// <summary>A published evidence review.</summary>
    Review,

    /// <summary>One key finding of a review.</summary>
    Finding,

    /// <summary>A theme across reviews.</summary>
    Theme,
}
