using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace LpipEvidence.History;

/// <summary>Word-level differences between two texts (DiffPlex), as runs a page can mark up with &lt;del&gt; and &lt;ins&gt;.</summary>
public static class WordDiff
{
    /// <summary>The runs that turn <paramref name="before"/> into <paramref name="after"/>, in reading order.</summary>
    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker([' ', '\t', '\n']));
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Append(segments, DiffKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(segments, DiffKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }
        Append(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex);
        return segments;
    }

    private static void Append(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++) text.Append(pieces[i]);
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else segments.Add(new DiffSegment(kind, text.ToString()));
    }
}
