namespace LpipEvidence.Content;

/// <summary>
/// The files of a content folder that the site reads, loaded into memory after the folder checks (links, limits),
/// so that validation works on values. Paths are relative to the content root with forward slashes.
/// </summary>
/// <param name="Files">Content files in ordinal path order.</param>
/// <param name="ReviewFolders">Names of the folders directly under <c>reviews/</c>, in ordinal order.</param>
internal sealed record ContentSnapshot(IReadOnlyList<ContentFile> Files, IReadOnlyList<string> ReviewFolders);

/// <summary>One content file: its path relative to the content root and its bytes.</summary>
internal sealed record ContentFile(string Path, byte[] Bytes);
