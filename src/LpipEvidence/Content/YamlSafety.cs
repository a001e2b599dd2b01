using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LpipEvidence.Content;

/// <summary>
/// Loads YAML written by editors without letting any text crash or hang the reader. YamlDotNet builds its node tree
/// recursively, so very deep nesting would overflow the stack (which no catch can handle), and aliases can make a
/// node contain itself; both are refused by a first pass over the parser's events, which is iterative. Anything the
/// library throws for malformed input (not only <see cref="YamlException"/>) becomes a located message.
/// </summary>
internal static class YamlSafety
{
    /// <summary>Deeper than any front matter or synonyms file needs (they use two or three levels).</summary>
    public const int MaxDepth = 16;

    /// <summary>A problem found while loading, at a 1-based line and column of the YAML text.</summary>
    public sealed record Problem(int Line, int Column, string Message);

    /// <summary>Loads <paramref name="yaml"/> or returns the first problem found in it.</summary>
    public static (YamlStream? Stream, Problem? Problem) Load(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return (null, At(parser.Current!.Start,
                            $"the YAML is nested more than {MaxDepth} levels deep; front matter needs only 'key: value' lines and short lists"));
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case AnchorAlias alias:
                        return (null, At(alias.Start,
                            $"YAML aliases ('*{alias.Value}') are not supported here: write the value out in full"));
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return (stream, null);
        }
        catch (YamlException ex)
        {
            // At the end of the text the parser's mark is on the line after the last one: point at the last line.
            var problem = At(ex.Start, Describe(ex));
            var lines = Math.Max(1, yaml.TrimEnd('\n').Split('\n').Length);
            return (null, problem.Line > lines ? problem with { Line = lines, Column = 1 } : problem);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Seen from YamlDotNet for some malformed input, e.g. an unclosed flow sequence at the end of a document.
            return (null, new Problem(1, 1, ex.Message.TrimEnd('.')));
        }
    }

    private static Problem At(Mark mark, string message) =>
        new((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue), message);

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): " which the location already says.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0) message = message[(marker + 3)..];
        return message.TrimEnd('.');
    }
}
