namespace LpipEvidence.Content;

/// <summary>
/// Walks a content folder and loads the files the site reads, refusing what must never be published or read:
/// symbolic links whose target lies outside the folder, files over the size limits, too many files, folders
/// nested too deep. Every refusal is a located <see cref="ContentError"/>; nothing here throws for what is on disk.
/// </summary>
internal static class ContentFileSystem
{
    /// <summary>Loads the content files under <paramref name="root"/>, adding an error for each refused entry.</summary>
    public static ContentSnapshot Load(string root, ContentLimits limits, List<ContentError> errors)
    {
        var walk = new Walk(Path.GetFullPath(root), limits, errors);
        walk.Folder(walk.Root, "", depth: 0);
        walk.Files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        walk.ReviewFolders.Sort(StringComparer.Ordinal);
        return new ContentSnapshot(walk.Files, walk.ReviewFolders);
    }

    /// <summary>Whether the site reads a file at this relative path (Markdown files and the synonyms file).</summary>
    public static bool IsContentFile(string relative) =>
        relative == ContentLayout.SynonymsFile || relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private sealed class Walk(string root, ContentLimits limits, List<ContentError> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private long _totalBytes;
        private bool _stopped;

        public string Root { get; } = root;
        public List<ContentFile> Files { get; } = [];
        public List<string> ReviewFolders { get; } = [];

        public void Folder(string full, string relative, int depth)
        {
            if (_stopped || !_visited.Add(full)) return;
            if (depth > limits.MaxFolderDepth)
            {
                errors.Add(new ContentError(relative, 1, 1,
                    $"folders are nested more than {limits.MaxFolderDepth} deep here; nothing below this folder is read"));
                return;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(full).EnumerateFileSystemInfos()];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                errors.Add(new ContentError(relative.Length == 0 ? "." : relative, 1, 1, $"the folder cannot be read: {ex.Message}"));
                return;
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

            foreach (var entry in entries)
            {
                if (_stopped) return;
                // Hidden entries (.git, editor swap files) are never content.
                if (entry.Name.StartsWith('.')) continue;
                var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
                Entry(entry, path, depth);
            }
        }

        private void Entry(FileSystemInfo entry, string path, int depth)
        {
            var target = entry;
            if (entry.LinkTarget is not null)
            {
                FileSystemInfo? resolved;
                try
                {
                    resolved = entry.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException ex)
                {
                    Refuse(entry, path, $"the symbolic link cannot be followed: {ex.Message}");
                    return;
                }
                if (resolved is null || !resolved.Exists)
                {
                    Refuse(entry, path, $"the symbolic link points to '{entry.LinkTarget}', which does not exist");
                    return;
                }
                if (!IsInside(resolved.FullName))
                {
                    Refuse(entry, path,
                        $"the symbolic link points to '{entry.LinkTarget}', outside the content folder; it is not read. Copy the file into the content folder instead");
                    return;
                }
                target = resolved;
            }

            if (target is DirectoryInfo directory)
            {
                if (IsContentFile(path))
                {
                    errors.Add(new ContentError(path, 1, 1, $"'{entry.Name}' is a folder, but it should be a file"));
                    return;
                }
                if (depth == 1 && path.StartsWith(ContentLayout.ReviewsFolder + "/", StringComparison.Ordinal)) ReviewFolders.Add(entry.Name);
                Folder(directory.FullName, path, depth + 1);
                return;
            }
            if (target is FileInfo file && IsContentFile(path)) Read(file, path);
        }

        /// <summary>A link is only refused when the site would have read what it points to.</summary>
        private void Refuse(FileSystemInfo entry, string path, string message)
        {
            var isFolderLink = entry is DirectoryInfo;
            if (isFolderLink || IsContentFile(path)) errors.Add(new ContentError(path, 1, 1, message));
        }

        private bool IsInside(string fullName)
        {
            var full = Path.GetFullPath(fullName).TrimEnd(Path.DirectorySeparatorChar);
            var rootPath = Root.TrimEnd(Path.DirectorySeparatorChar);
            return full == rootPath || full.StartsWith(rootPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        private void Read(FileInfo file, string path)
        {
            if (Files.Count >= limits.MaxFiles)
            {
                errors.Add(new ContentError(path, 1, 1,
                    $"there are more than {limits.MaxFiles:N0} content files; this file and any after it are not read (limit Content:Limits:MaxFiles)"));
                _stopped = true;
                return;
            }

            byte[] bytes;
            try
            {
                if (file.Length > limits.MaxFileBytes)
                {
                    errors.Add(new ContentError(path, 1, 1,
                        $"the file is {Size(file.Length)}, larger than the limit of {Size(limits.MaxFileBytes)} for one file (Content:Limits:MaxFileBytes); split it or remove what does not belong"));
                    return;
                }
                bytes = ReadAtMost(file.FullName, limits.MaxFileBytes + 1);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                errors.Add(new ContentError(path, 1, 1, $"the file cannot be read: {ex.Message}"));
                return;
            }
            // The file may have grown between the size check and the read.
            if (bytes.Length > limits.MaxFileBytes)
            {
                errors.Add(new ContentError(path, 1, 1,
                    $"the file is larger than the limit of {Size(limits.MaxFileBytes)} for one file (Content:Limits:MaxFileBytes)"));
                return;
            }

            _totalBytes += bytes.Length;
            if (_totalBytes > limits.MaxTotalBytes)
            {
                errors.Add(new ContentError(path, 1, 1,
                    $"the content files add up to more than {Size(limits.MaxTotalBytes)} (limit Content:Limits:MaxTotalBytes); this file and any after it are not read"));
                _stopped = true;
                return;
            }
            Files.Add(new ContentFile(path, bytes));
        }

        private static byte[] ReadAtMost(string path, long count)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream((int)Math.Min(count, Math.Max(0, stream.Length)));
            var buffer = new byte[81920];
            int n;
            while (memory.Length < count && (n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count - memory.Length))) > 0)
            {
                memory.Write(buffer, 0, n);
            }
            return memory.ToArray();
        }

        private static string Size(long bytes) => bytes switch
        {
            >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MB",
            >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} KB",
            _ => $"{bytes} bytes",
        };
    }
}
