namespace LpipEvidence.Content;

/// <summary>
/// One problem found in the content, located the way compilers report errors so that editors and CI
/// annotate the exact place: <c>path:line:column: error: message</c>.
/// </summary>
/// <param name="Path">Path of the file relative to the content root, with forward slashes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record ContentError(string Path, int Line, int Column, string Message)
{
    /// <summary>Formats the error with <see cref="Path"/> as it is.</summary>
    public override string ToString() => Format(null);

    /// <summary>Formats the error with its path placed under <paramref name="root"/> (for example <c>content</c>).</summary>
    public string Format(string? root)
    {
        var path = string.IsNullOrEmpty(root) ? Path : $"{root.TrimEnd('/', '\\').Replace('\\', '/')}/{Path}";
        return $"{path}:{Line}:{Column}: error: {Message}";
    }
}
