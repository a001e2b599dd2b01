using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace LpipEvidence.Content;

/// <summary>
/// Reads the optional <c>changes</c> list of a content file's front matter (GOV.UK's model: dated one-sentence notes,
/// oldest first), reporting every mistake at its place in the file.
/// </summary>
internal static class ChangeNotesReader
{
    /// <summary>Longest change note, in characters: one sentence.</summary>
    public const int MaxChangeNoteLength = 300;

    private const string Key = "changes";

    /// <summary>
    /// The <c>changes</c> list of <paramref name="fm"/>: entries of <c>date</c> (YYYY-MM-DD) and <c>note</c> (one
    /// sentence), oldest first, none later than <paramref name="today"/> nor before <paramref name="earliest"/> when given.
    /// </summary>
    public static IReadOnlyList<ChangeNote> Read(FrontMatter fm, DateOnly today, DateOnly? earliest)
    {
        var node = fm.Node(Key);
        if (node is null || FrontMatter.IsNull(node)) return [];
        if (node is not YamlSequenceNode sequence)
        {
            fm.Report(fm.ErrorAt(node, "field 'changes' must be a list of entries, each '- date: YYYY-MM-DD' with 'note: what changed' under it"));
            return [];
        }

        var notes = new List<ChangeNote>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                fm.Report(fm.ErrorAt(item, "each change must be a 'date' and a 'note', written '- date: 2025-03-14' then '  note: What changed.'"));
                continue;
            }
            if (ReadEntry(fm, entry, today, earliest, notes) is { } note) notes.Add(note);
        }
        return notes;
    }

    /// <summary>One entry of the list, or null after reporting what is wrong with it; <paramref name="earlier"/> are the notes read so far.</summary>
    private static ChangeNote? ReadEntry(FrontMatter fm, YamlMappingNode entry, DateOnly today, DateOnly? earliest, List<ChangeNote> earlier)
    {
        fm.RejectUnknown(entry, Key, "date", "note");
        var dateText = fm.Field(entry, Key, "date", required: true);
        var note = fm.Field(entry, Key, "note", required: true);
        if (dateText is null || note is null) return null;

        var dateNode = entry.Children[new YamlScalarNode("date")];
        string? problem = null;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem = $"a change's date must be a real date written YYYY-MM-DD, such as 2025-03-14, not '{dateText}'";
        }
        else if (date > today)
        {
            problem = $"the change dated {dateText} is in the future: date a change when it is published";
        }
        else if (earliest is { } first && date < first)
        {
            problem = $"the change dated {dateText} is before the review was published ({first:yyyy-MM}): a change comes after publication";
        }
        else if (note.Contains('\n', StringComparison.Ordinal) || note.Length > MaxChangeNoteLength)
        {
            fm.Report(fm.ErrorAt(entry.Children[new YamlScalarNode("note")], $"a change note is one sentence on one line, at most {MaxChangeNoteLength} characters"));
            return null;
        }
        else if (earlier.Count > 0 && date < earlier[^1].Date)
        {
            problem = $"changes go oldest first: {dateText} comes after {earlier[^1].Date:yyyy-MM-dd}; add new changes at the end of the list";
        }
        if (problem is not null)
        {
            fm.Report(fm.ErrorAt(dateNode, problem));
            return null;
        }
        return new ChangeNote(date, note, fm.LineOf(entry));
    }
}
