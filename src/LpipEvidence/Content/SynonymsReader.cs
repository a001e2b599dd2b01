using YamlDotNet.RepresentationModel;

namespace LpipEvidence.Content;

/// <summary>
/// Reads <c>search/synonyms.yml</c>: a YAML list of groups, each a list of words or phrases that mean the same
/// thing, e.g. <c>- [R&amp;D, research and development]</c>.
/// </summary>
internal static class SynonymsReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(SourceFile file, List<ContentError> errors)
    {
        var (stream, problem) = YamlSafety.Load(file.Text);
        if (problem is not null)
        {
            errors.Add(new ContentError(file.Path, problem.Line, problem.Column, $"malformed YAML: {problem.Message}"));
            return [];
        }
        var root = stream!.Documents.Count == 0 ? null : stream.Documents[0].RootNode;

        if (root is null) return [];
        if (root is not YamlSequenceNode groups)
        {
            errors.Add(At(file, root, "synonyms must be a list of groups, one per line, such as '- [R&D, research and development]'"));
            return [];
        }

        var result = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var groupNode in groups.Children)
        {
            if (groupNode is not YamlSequenceNode group)
            {
                errors.Add(At(file, groupNode, "each synonym group must be a list of at least two words or phrases, such as [SME, small and medium-sized enterprises]"));
                continue;
            }
            var entries = new List<string>();
            foreach (var item in group.Children)
            {
                if (item is not YamlScalarNode { Value: { } value } || !value.Any(char.IsLetterOrDigit))
                {
                    errors.Add(At(file, item, "each synonym must be a word or phrase with letters or digits"));
                    continue;
                }
                var entry = value.Trim();
                if (seen.TryGetValue(entry, out var line))
                {
                    errors.Add(At(file, item, $"'{entry}' is already in the group on line {line}; a word can belong to one group only"));
                    continue;
                }
                seen[entry] = (int)item.Start.Line;
                entries.Add(entry);
            }
            if (group.Children.Count < 2)
            {
                errors.Add(At(file, group, "a synonym group needs at least two words or phrases"));
            }
            else if (entries.Count >= 2)
            {
                result.Add(entries);
            }
        }
        return result;
    }

    private static ContentError At(SourceFile file, YamlNode node, string message)
    {
        // An empty document's node is placed after the last line.
        var lines = Math.Max(1, file.Text.TrimEnd('\n').Split('\n').Length);
        var line = (int)Math.Clamp(node.Start.Line, 1, lines);
        return new(file.Path, line, line == node.Start.Line ? (int)Math.Max(1, node.Start.Column) : 1, message);
    }
}
