namespace LpipEvidence.OpenData;

/// <summary>How to cite a review.</summary>
/// <param name="Harvard">The review's own Harvard citation, as plain text, exactly as published.</param>
/// <param name="Ris">Address of the citation as a RIS record (reference managers).</param>
/// <param name="Bibtex">Address of the citation as a BibTeX entry.</param>
public sealed record CitationData(string Harvard, string Ris, string Bibtex);
