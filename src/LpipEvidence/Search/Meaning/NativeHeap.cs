using System.Runtime.InteropServices;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// Gives memory the C library's allocator holds but no longer uses back to the system. Loading the model, ONNX
/// Runtime allocates and frees tens of megabytes of native memory that glibc otherwise keeps reserved for the life
/// of the process (about 30 MiB of resident memory, measured in docs/performance.md).
/// </summary>
internal static class NativeHeap
{
    /// <summary>Trims glibc's heap; does nothing elsewhere (other systems, or a C library without malloc_trim).</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl (Alpine) has no malloc_trim, and gives memory back by itself.
        }
    }

    // DllImport, not LibraryImport: the call passes one number and returns one, so it needs no marshalling code
    // (LibraryImport would need unsafe code allowed in the whole library).
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
