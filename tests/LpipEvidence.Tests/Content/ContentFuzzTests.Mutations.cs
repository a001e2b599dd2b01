using System.Text;
using System.Text.RegularExpressions;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>Content fuzz tests, continued: the malformed variants of the fixtures that the tests read, each with what was done to it.</summary>
public sealed partial class ContentFuzzTests
{
    private static IEnumerable<Case> Truncations()
    {
        // Every point of a review, a finding, a theme and the synonyms; every seventh point of the other files, which
        // share their shapes.
        var everyPoint = new HashSet<string>(StringComparer.Ordinal)
        {
            "reviews/test-only-transport/review.md",
            "reviews/innovation/findings/04-place-based-approaches-and-cluster-development.md",
            "themes/skills-and-talent.md",
            ContentLayout.SynonymsFile,
        };
        Assert.All(everyPoint, path => Assert.Contains(Fixture.Files, f => f.Path == path));
        foreach (var file in Fixture.Files)
        {
            var step = everyPoint.Contains(file.Path) ? 1 : 7;
            for (var length = 0; length < file.Bytes.Length; length += step)
            {
                yield return new Case($"{file.Path} cut to {length} bytes", With(Fixture, file.Path, file.Bytes[..length]));
            }
        }
    }

    private static readonly string[] Punctuation = ["[", "{", ":", "&", "*", "!", "|", ">", "'", "\"", "]", "}", "- ", "#", "%", "@", "`", "?", ",", "\t"];

    private static IEnumerable<Case> FrontMatterMutations()
    {
        foreach (var file in Fixture.Files)
        {
            var lines = Text(Fixture, file.Path).Split('\n');
            var fence = file.Path.EndsWith(".md", StringComparison.Ordinal) ? Array.IndexOf(lines, "---", 1) : lines.Length - 1;
            for (var i = 0; i <= Math.Max(0, fence); i++)
            {
                foreach (var mark in Punctuation)
                {
                    yield return Edit(file.Path, lines, i, mark + lines[i], $"'{mark}' before line {i + 1}");
                    yield return Edit(file.Path, lines, i, lines[i] + mark, $"'{mark}' after line {i + 1}");
                    var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0) yield return Edit(file.Path, lines, i, lines[i].Insert(colon + 2, mark), $"'{mark}' starting the value of line {i + 1}");
                }
                yield return Edit(file.Path, lines, i, lines[i].Replace("  ", "\t", StringComparison.Ordinal), $"tabs for indentation on line {i + 1}");
                yield return Edit(file.Path, lines, i, lines[i] + "\n" + lines[i], $"line {i + 1} duplicated (duplicate key)");
                yield return Edit(file.Path, lines, i, "", $"line {i + 1} removed");
                yield return Edit(file.Path, lines, i, "  " + lines[i], $"line {i + 1} indented");
            }
        }
    }

    private static IEnumerable<Case> ByteMutations(int seed)
    {
        var random = new Random(seed);
        var files = Fixture.Files;
        for (var n = 0; n < 1_000; n++)
        {
            var file = files[random.Next(files.Count)];
            var bytes = file.Bytes.ToArray();
            var count = 1 + random.Next(8);
            for (var k = 0; k < count; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            yield return new Case($"{file.Path} with {count} random byte(s), case {n}", With(Fixture, file.Path, bytes));
        }
        foreach (var file in files)
        {
            var text = Text(Fixture, file.Path);
            var bom = Encoding.UTF8.GetPreamble();
            yield return new Case($"{file.Path} with a BOM", With(Fixture, file.Path, [.. bom, .. file.Bytes]));
            yield return new Case($"{file.Path} with two BOMs", With(Fixture, file.Path, [.. bom, .. bom, .. file.Bytes]));
            yield return new Case($"{file.Path} with CRLF", With(Fixture, file.Path, text.Replace("\n", "\r\n", StringComparison.Ordinal)));
            yield return new Case($"{file.Path} with CR only", With(Fixture, file.Path, text.Replace('\n', '\r')));
            yield return new Case($"{file.Path} as UTF-16", With(Fixture, file.Path, Encoding.Unicode.GetBytes(text)));
            yield return new Case($"{file.Path} as Latin-1 with a pound sign", With(Fixture, file.Path, Encoding.Latin1.GetBytes(text + "\n\u00a3100\n")));
            for (var i = 0; i < 25; i++)
            {
                var at = random.Next(text.Length + 1);
                yield return new Case($"{file.Path} with NUL at {at}", With(Fixture, file.Path, text.Insert(at, "\0")));
                var control = (char)random.Next(1, 32);
                yield return new Case($"{file.Path} with U+{(int)control:X4} at {at}", With(Fixture, file.Path, text.Insert(at, control.ToString())));
                var slice = random.Next(text.Length);
                yield return new Case($"{file.Path} with bytes {slice}.. repeated", With(Fixture, file.Path, text + text[slice..]));
            }
        }
    }

    private static IEnumerable<Case> StructuralMutations()
    {
        // Nesting at, around and far beyond the limits, in a review and a finding; 2,000 repeats stay under the
        // line-length limit, so they reach the YAML and Markdown parsers.
        int[] depths = [15, 16, 17, 100, 2_000];
        string[] nestingFiles =
        [
            "reviews/innovation/review.md",
            "reviews/innovation/findings/05-evidence-based-and-experimental-policies.md",
        ];
        foreach (var path in nestingFiles)
        {
            var text = Text(Fixture, path);
            var afterFence = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5;
            foreach (var depth in depths)
            {
                foreach (var run in new[] { new string('[', depth), string.Concat(Enumerable.Repeat("{a: ", depth)), string.Concat(Enumerable.Repeat("- ", depth)) })
                {
                    yield return new Case($"{path} with YAML nested {depth} deep", With(Fixture, path, text.Insert(4, $"deep: {run}\n")));
                    yield return new Case($"{path} with YAML nested {depth} deep over lines", With(Fixture, path, text.Insert(4, $"deep: {run.Replace(" ", "\n ", StringComparison.Ordinal)}\n")));
                }
                foreach (var unit in new[] { ">", "[", "- ", "*", "`", "[a](", "|a", "*a **a ", "[a](b", "> - " })
                {
                    var body = string.Concat(Enumerable.Repeat(unit, depth));
                    yield return new Case($"{path} with Markdown '{unit}' x {depth}", With(Fixture, path, text.Insert(afterFence, body + "\n\n")));
                    yield return new Case($"{path} with Markdown '{unit}' x {depth} over lines", With(Fixture, path, text.Insert(afterFence, string.Concat(Enumerable.Repeat(unit + "\n", depth)))));
                }
            }
        }
        foreach (var file in Fixture.Files.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var text = Text(Fixture, file.Path);
            var afterFence = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5;
            yield return new Case($"{file.Path} with an anchor and alias", With(Fixture, file.Path, text.Replace("title: ", "title: &t ", StringComparison.Ordinal).Insert(4, "extra: *t\n")));
            yield return new Case($"{file.Path} with an alias to no anchor", With(Fixture, file.Path, text.Insert(4, "extra: *nowhere\n")));
            yield return new Case($"{file.Path} with a self-referencing mapping", With(Fixture, file.Path, text.Insert(4, "loop: &x\n  again: *x\n")));
            yield return new Case($"{file.Path} with a merge key", With(Fixture, file.Path, text.Insert(4, "base: &b {a: 1}\nmerged:\n  <<: *b\n")));
            yield return new Case($"{file.Path} with a complex key", With(Fixture, file.Path, text.Insert(4, "? [a, b]\n: c\n")));
            yield return new Case($"{file.Path} with a tag", With(Fixture, file.Path, text.Insert(4, "tagged: !!binary aGVsbG8=\n")));
            yield return new Case($"{file.Path} with a block scalar", With(Fixture, file.Path, text.Insert(4, "block: |\n  one\n two\n")));
            yield return new Case($"{file.Path} with a document marker", With(Fixture, file.Path, text.Insert(4, "...\n")));
            yield return new Case($"{file.Path} with a directive", With(Fixture, file.Path, text.Insert(4, "%YAML 1.2\n")));
            yield return new Case($"{file.Path} with a 300 KB front-matter line", With(Fixture, file.Path, text.Insert(4, "long: " + new string('x', 300_000) + "\n")));
            yield return new Case($"{file.Path} with a 300 KB body line", With(Fixture, file.Path, text.Insert(afterFence, new string('y', 300_000) + "\n\n")));
            yield return new Case($"{file.Path} with a line just over the limit", With(Fixture, file.Path, text.Insert(afterFence, new string('z', ContentLimits.Default.MaxLineLength + 1) + "\n\n")));
            yield return new Case($"{file.Path} with 20,000 short lines", With(Fixture, file.Path, text + string.Concat(Enumerable.Repeat("a\n", 20_000))));
            yield return new Case($"{file.Path} with raw HTML and script links", With(Fixture, file.Path, text.Insert(afterFence, "<script>alert(1)</script> [x](javascript:alert(1)) <javascript:alert(2)>\n\n")));
            yield return new Case($"{file.Path} with a second front matter", With(Fixture, file.Path, text + "\n---\ntitle: again\n---\n"));
            yield return new Case($"{file.Path} with the key takeaway twice", With(Fixture, file.Path, text + "\n## Key takeaway\n\nAgain.\n"));
            yield return new Case($"{file.Path} with its fences indented", With(Fixture, file.Path, text.Replace("---\n", " ---\n", StringComparison.Ordinal)));
            yield return new Case($"{file.Path} with a source containing spaces", With(Fixture, file.Path, text.Replace("source: https://", "source: https:// ", StringComparison.Ordinal)));
        }
    }

    private static IEnumerable<Case> FileMutations()
    {
        var files = Fixture.Files;
        foreach (var file in files)
        {
            yield return new Case($"{file.Path} removed", new ContentSnapshot(files.Where(f => f != file).ToList(), Fixture.ReviewFolders));
            yield return new Case($"{file.Path} empty", With(Fixture, file.Path, []));
            yield return new Case($"{file.Path} only white space", With(Fixture, file.Path, " \n\t\n"));
            yield return new Case($"{file.Path} only a fence", With(Fixture, file.Path, "---"));
            foreach (var other in files.Where(o => o != file).Take(6))
            {
                yield return new Case($"{file.Path} holding {other.Path}", With(Fixture, file.Path, other.Bytes));
            }
        }
        yield return new Case("a review folder with no files", Fixture with { ReviewFolders = [.. Fixture.ReviewFolders, "empty"] });
        yield return new Case("a review folder that is not a slug", Fixture with { ReviewFolders = [.. Fixture.ReviewFolders, "Not A Slug"] });
        yield return new Case("no files at all", new ContentSnapshot([], []));
        yield return new Case("a misplaced Markdown file", new ContentSnapshot([.. files, new ContentFile("notes/x.md", "x"u8.ToArray())], Fixture.ReviewFolders));
    }

    private static Case Edit(string path, string[] lines, int index, string replacement, string description)
    {
        var copy = (string[])lines.Clone();
        copy[index] = replacement;
        return new Case($"{path}: {description}", With(Fixture, path, string.Join('\n', copy)));
    }

    private static string Text(ContentSnapshot snapshot, string path) =>
        Encoding.UTF8.GetString(snapshot.Files.Single(f => f.Path == path).Bytes);

    private static ContentSnapshot With(ContentSnapshot snapshot, string path, string text) => With(snapshot, path, Encoding.UTF8.GetBytes(text));

    private static ContentSnapshot With(ContentSnapshot snapshot, string path, byte[] bytes) =>
        snapshot with { Files = snapshot.Files.Select(f => f.Path == path ? new ContentFile(path, bytes) : f).ToList() };
}
