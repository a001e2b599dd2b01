using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LpipEvidence.Content;

/// <summary>
/// The YAML front matter of a content file and the Markdown body after it, with typed accessors that
/// record a located <see cref="ContentError"/> for every missing, malformed or unknown field.
/// </summary>
internal sealed class FrontMatter
{
    private readonly SourceFile _file;
    private readonly YamlMappingNode _map;
    private readonly int _lineOffset;
    private readonly ICollection<ContentError> _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private FrontMatter(SourceFile file, YamlMappingNode map, int lineOffset, ContentBody body, ICollection<ContentError> errors)
    {
        _file = file;
        _map = map;
        _lineOffset = lineOffset;
        _errors = errors;
        Body = body;
    }

    /// <summary>The Markdown after the closing fence, parsed with the front matter.</summary>
    public ContentBody Body { get; }

    public string Path => _file.Path;

    /// <summary>Splits a file into front matter and body, reporting empty files, missing, unclosed or malformed front matter.</summary>
    public static FrontMatter? Parse(SourceFile file, ICollection<ContentError> errors)
    {
        var text = file.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ContentError(file.Path, 1, 1, "the file is empty: it needs front matter between '---' lines and a body"));
            return null;
        }

        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.TrimEnd() != "---")
        {
            errors.Add(new ContentError(file.Path, 1, 1, "missing front matter: the file must start with a line '---', then 'key: value' lines, then '---'"));
            return null;
        }

        if (MarkdownRenderer.TryParse(file, text, 0, errors) is not { } document) return null;
        var block = MarkdownRenderer.FrontMatterOf(document);
        if (block is null)
        {
            errors.Add(new ContentError(file.Path, 1, 1, "the front matter is not closed: add a line '---' after the last 'key: value' line"));
            return null;
        }

        // The block spans both fences; the YAML is what lies between them.
        var yamlStart = firstLineEnd + 1;
        var closingStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(block.Span.End, text.Length - 1) - 1)) + 1;
        if (closingStart < yamlStart) closingStart = yamlStart;
        var yaml = text[yamlStart..closingStart];
        var bodyStart = Math.Min(text.Length, block.Span.End + 1);
        if (bodyStart < text.Length && text[bodyStart] == '\n') bodyStart++;

        var (stream, problem) = YamlSafety.Load(yaml);
        if (problem is not null)
        {
            // Lines of the YAML are counted from the line after the opening fence.
            errors.Add(new ContentError(file.Path, problem.Line + 1, problem.Column, $"malformed YAML in front matter: {problem.Message}"));
            return null;
        }
        if (stream!.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(new ContentError(file.Path, 1, 1, "the front matter is empty: add the required fields as 'key: value' lines"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var root = stream.Documents[0].RootNode;
            errors.Add(new ContentError(file.Path, (int)root.Start.Line + 1, (int)Math.Max(1, root.Start.Column),
                "malformed front matter: expected 'key: value' lines"));
            return null;
        }

        return new FrontMatter(file, map, 1, new ContentBody(file, document, bodyStart), errors);
    }

    /// <summary>An error placed at a node of the front matter.</summary>
    public ContentError ErrorAt(YamlNode node, string message) =>
        new(_file.Path, LineOf(node), (int)node.Start.Column, message);

    /// <summary>The 1-based file line where a node of the front matter starts.</summary>
    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    /// <summary>Error placed on the opening fence, for things that are missing altogether.</summary>
    public ContentError ErrorAtTop(string message) => new(_file.Path, 1, 1, message);

    public void Report(ContentError error) => _errors.Add(error);

    /// <summary>The value of a top-level field, marking the field as known; null when absent.</summary>
    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    public string? RequiredString(string key) => String(key, required: true);

    public string? OptionalString(string key) => String(key, required: false);

    private string? String(string key, bool required)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required) Report(ErrorAtTop($"missing required field '{key}'"));
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Report(ErrorAt(node, $"field '{key}' must be text, not a list or a group of fields"));
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) Report(ErrorAt(node, $"field '{key}' is empty"));
            return null;
        }
        return value;
    }

    /// <summary>Whether a field's value is empty (<c>key:</c>, <c>~</c> or <c>null</c>), as if it were not there.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    public (string Value, YamlNode Node)? RequiredStringWithNode(string key)
    {
        var value = RequiredString(key);
        return value is null ? null : (value, Node(key)!);
    }

    public (string Value, YamlNode Node)? OptionalStringWithNode(string key)
    {
        var value = OptionalString(key);
        return value is null ? null : (value, Node(key)!);
    }

    public int? Integer(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Report(ErrorAtTop($"missing required field '{key}'"));
            return null;
        }
        if (node is YamlScalarNode scalar
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number > 0)
        {
            return number;
        }
        Report(ErrorAt(node, $"field '{key}' must be a whole number from 1 up"));
        return null;
    }

    /// <summary>
    /// An optional yes/no field written <c>true</c> or <c>false</c>; false when absent. Only <c>true</c> and
    /// <c>false</c> are accepted, so a typo such as <c>ture</c> is reported rather than read as false.
    /// </summary>
    public bool Boolean(string key)
    {
        var node = Node(key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" }) return true;
        if (node is YamlScalarNode { Value: "false" }) return false;
        Report(ErrorAt(node, $"field '{key}' must be true or false; delete the line to leave it out"));
        return false;
    }

    /// <summary>A list of text items, each with its node so that later checks can point at the item.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? StringList(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Report(ErrorAtTop($"missing required field '{key}'"));
            return null;
        }
        if (node is YamlScalarNode single && !IsNull(single))
        {
            // "themes: clusters" is a natural thing to write for one item.
            return [(single.Value!.Trim(), single)];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Report(ErrorAt(node, $"field '{key}' must be a list of items written as '- item' lines"));
            return null;
        }
        var items = new List<(string, YamlNode)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) items.Add((s.Value.Trim(), s));
            else Report(ErrorAt(item, $"each item of '{key}' must be a single word or phrase"));
        }
        return items;
    }

    /// <summary>A list of field groups (for example authors).</summary>
    public IReadOnlyList<YamlMappingNode>? MappingList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Report(ErrorAtTop($"missing required field '{key}'"));
            return null;
        }
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Report(ErrorAt(node, $"field '{key}' must be a list with at least one entry"));
            return null;
        }
        var items = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode m) items.Add(m);
            else Report(ErrorAt(item, $"each entry of '{key}' must be a group of 'key: value' lines"));
        }
        return items;
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Report(ErrorAtTop($"missing required field '{key}'"));
            return null;
        }
        if (node is YamlMappingNode m) return m;
        Report(ErrorAt(node, $"field '{key}' must be a group of indented 'key: value' lines"));
        return null;
    }

    /// <summary>Reads a text field of a nested group, reporting it on the group when missing.</summary>
    public string? Field(YamlMappingNode group, string groupName, string key, bool required)
    {
        if (group.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
        {
            return s.Value.Trim();
        }
        if (node is not null and not YamlScalarNode)
        {
            Report(ErrorAt(node, $"'{groupName}' field '{key}' must be text"));
        }
        else if (required)
        {
            Report(ErrorAt(group, $"'{groupName}' is missing required field '{key}'"));
        }
        return null;
    }

    /// <summary>Reports keys of a nested group that are not among <paramref name="allowed"/>.</summary>
    public void RejectUnknown(YamlMappingNode group, string groupName, params string[] allowed)
    {
        foreach (var (key, _) in group.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Report(ErrorAt(key, $"unknown field '{name}' in '{groupName}' (expected {string.Join(", ", allowed)})"));
            }
        }
    }

    /// <summary>Reports every top-level key that no accessor asked for: usually a typo.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (key, _) in _map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                Report(ErrorAt(key, $"unknown field '{name}' (expected {string.Join(", ", _read.Order(StringComparer.Ordinal))})"));
            }
        }
    }
}
