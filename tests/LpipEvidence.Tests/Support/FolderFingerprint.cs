using System.Security.Cryptography;

namespace LpipEvidence.Tests.Support;

/// <summary>What a folder holds, to prove nothing in it was written: every entry with its size, write time and content hash.</summary>
public static class FolderFingerprint
{
    /// <summary>The fingerprint of the folder that holds <paramref name="file"/> (a store and its index folder beside it).</summary>
    public static string[] Of(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        return Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => File.Exists(p)
                ? $"{Path.GetRelativePath(folder, p)} {new FileInfo(p).Length} {File.GetLastWriteTimeUtc(p).Ticks} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))}"
                : $"{Path.GetRelativePath(folder, p)}/")
            .Order(StringComparer.Ordinal).ToArray();
    }
}
