namespace LpipEvidence.Web.DataProtection;

/// <summary>
/// Where the keys that protect antiforgery tokens, circuit descriptors and other protected data are kept, and the
/// name that lets instances share them. Section "DataProtection". Instances that answer the same site must share
/// both, or a token one issues is refused by the next.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>The default <see cref="ApplicationName"/>.</summary>
    public const string DefaultApplicationName = "LpipEvidence";

    /// <summary>
    /// An absolute path to a folder every instance can read and write (a shared network folder across machines), for
    /// example <c>/var/lib/lpip-evidence/keys</c>. It holds secrets: let only the service's user read it. When empty,
    /// the framework's default is used (a folder in the user's profile, or keys in memory only when there is none),
    /// which is enough for one instance.
    /// </summary>
    public string? KeyFolder { get; set; }

    /// <summary>
    /// Isolates this site's keys from other apps sharing the folder. The same on every instance; the framework's
    /// default (the app's install path) differs between machines, so it is always set.
    /// </summary>
    public string ApplicationName { get; set; } = DefaultApplicationName;
}
