using System.Reflection;

namespace LpipEvidence.Web.CommandLine;

/// <summary>
/// Sorts a command line into the settings it gives the host (<c>--Content:Path=DIR</c>, <c>--urls URL</c>: what
/// ASP.NET Core's command-line configuration reads) and what is left for the verbs' parser. A setting is a
/// <c>--Section:Key</c> (the app's own settings all have a section) or one of the host's own keys (<c>--urls</c>,
/// <c>--environment</c>, <c>--contentRoot</c>...) or <c>--AllowedHosts</c>, or a section's own entry given beside
/// its keys (<c>--Content= --Content:Path=DIR</c>, as WebApplicationFactory passes its settings); its value follows an
/// <c>=</c> or is the next argument. Anything else that looks like an option is left to the parser, which refuses the ones it does not know:
/// a mistyped option is an error rather than a setting nobody reads.
/// </summary>
public static class SettingArguments
{
    /// <summary>The settings that have no section: the host's own (WebHostDefaults, HostDefaults) and AllowedHosts.</summary>
    private static readonly HashSet<string> TopLevelKeys = new(
        new[] { typeof(WebHostDefaults), typeof(HostDefaults) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(string))
            .Select(field => (string)field.GetValue(null)!)
            .Append("AllowedHosts"),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The settings, in order, and the rest. <paramref name="isOption"/> says whether a name (such as
    /// <c>--content</c>) is one of the verbs' options, so that <c>--content:DIR</c> stays the option's.
    /// </summary>
    public static (IReadOnlyList<string> Settings, IReadOnlyList<string> Others) Split(IReadOnlyList<string> args, Func<string, bool> isOption)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(isOption);
        // Every section named by a key (Content and Content:Limits for --Content:Limits:MaxFiles=10).
        var sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in args.Select(a => Key(a, isOption)).OfType<string>())
        {
            for (var colon = key.IndexOf(':', StringComparison.Ordinal); colon > 0; colon = key.IndexOf(':', colon + 1)) sections.Add(key[..colon]);
        }
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsSetting(arg, isOption, sections))
            {
                rest.Add(arg);
                continue;
            }
            settings.Add(arg);
            // `--key value`: the configuration provider takes the next argument as the value, whatever it is.
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count) settings.Add(args[++i]);
        }
        return (settings, rest);
    }

    private static bool IsSetting(string arg, Func<string, bool> isOption, HashSet<string> sections) =>
        Key(arg, isOption) is { } key && (key.Contains(':', StringComparison.Ordinal) || TopLevelKeys.Contains(key) || sections.Contains(key));

    /// <summary>The configuration key a <c>--key[=value]</c> argument names, or null when it is not one (or is an option's).</summary>
    private static string? Key(string arg, Func<string, bool> isOption)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal)) return null;
        var key = arg[2..].Split('=', 2)[0];
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        // `--content DIR` and `--content:DIR` are the verbs' option, though Content is also a section.
        if (key.Length == 0 || colon == 0 || isOption(arg[..(key.Length + 2)]) || (colon > 0 && isOption(arg[..(colon + 2)]))) return null;
        return key;
    }
}
