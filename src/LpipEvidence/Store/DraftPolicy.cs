namespace LpipEvidence.Store;

/// <summary>
/// Whether draft reviews (<c>draft: true</c>) are imported: never on a published site; on an editor's machine with
/// Content:ShowDrafts, to preview a review before deleting the line that keeps it unpublished.
/// </summary>
/// <param name="ShowDrafts">Import drafts too, so that the site shows them, each marked as a draft.</param>
public sealed record DraftPolicy(bool ShowDrafts);
