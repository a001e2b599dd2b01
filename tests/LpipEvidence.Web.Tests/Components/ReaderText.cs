namespace LpipEvidence.Web.Tests.Components;

/// <summary>Text as a reader sees it, so tests hold however the markup breaks its lines.</summary>
internal static class ReaderText
{
    /// <summary>The words of <paramref name="text"/> with white space folded to single spaces.</summary>
    public static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
