using System.Text.RegularExpressions;

namespace LpipEvidence.Search.Meaning;

/// <summary>Cuts plain text into sentences, to show the one of a result closest in meaning to a query.</summary>
public static partial class Sentences
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IEnumerable<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    // After . ! ? (and a closing quote or bracket), before white space and a capital, digit or opening quote:
    // "e.g. the" and "3.5 per cent" stay whole.
    [GeneratedRegex(@"(?<=[.!?][""')\]’”]?)\s+(?=[A-Z0-9""'‘“(])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Boundary();
}
