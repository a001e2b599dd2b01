using System.Reflection;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Static files linked by a plain address with the version of the package they come from (<c>?v=9.12.0</c>), and
/// cached for a year as immutable when asked for with that version. MudBlazor's stylesheet is linked this way rather
/// than through <c>@Assets</c>: its fingerprinted address is served uncompressed (627 KB) while the plain one is
/// Brotli-compressed (43 KB); the version in the address does what the fingerprint would, since the file only changes
/// when the package does.
/// </summary>
public static class VersionedAssets
{
    /// <summary>The folder of MudBlazor's static files.</summary>
    public const string MudBlazorFolder = "/_content/MudBlazor/";

    /// <summary>What a year of caching sends, as for fingerprinted files.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>MudBlazor's version without any build metadata ("9.12.0").</summary>
    public static string MudBlazorVersion { get; } = VersionOf(typeof(MudBlazor.MudThemeProvider).Assembly);

    /// <summary>The stylesheet's address, relative to &lt;base href="/"&gt;, with the version that makes it cacheable.</summary>
    public static string MudBlazorStylesheet { get; } = MudBlazorFolder[1..] + "MudBlazor.min.css?v=" + Uri.EscapeDataString(MudBlazorVersion);

    /// <summary>Whether a request is for one of MudBlazor's files with the version being served.</summary>
    public static bool IsCurrentVersion(HttpRequest request) =>
        request.Path.StartsWithSegments(MudBlazorFolder.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && request.Query["v"] is { Count: 1 } v && v[0] == MudBlazorVersion;

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
