namespace LpipEvidence.Web.Store;

/// <summary>
/// Which store the site serves. Section "Store". By default (no artifact) the site keeps a live store: it migrates
/// it, imports the content folder at start and again whenever a file changes, the way an editor works on one
/// machine. With <see cref="Artifact"/> set, it serves a store built once by <c>import --output</c>, read-only.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>
    /// A store artifact (the file <c>import --content DIR --output FILE</c> wrote, with its <c>FILE.search/</c>
    /// folder beside it) to serve read-only: no migration, no import, no content watcher, the search index never
    /// rebuilt. The site refuses to start when this version cannot serve it. Relative paths are taken from the
    /// current directory, and a symbolic link is followed once, at start, so switching the link later does not
    /// change what a running instance reads.
    /// </summary>
    public string? Artifact { get; set; }

    /// <summary>Whether the site serves an artifact read-only.</summary>
    public bool IsArtifact => !string.IsNullOrWhiteSpace(Artifact);
}
