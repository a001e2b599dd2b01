using System.IO.Pipelines;
using System.Text.Json;

namespace LpipEvidence.OpenData;

/// <summary>
/// Every finding as one JSON document shaped as <see cref="FindingsDownloadData"/>: the licence and citation of each
/// review at the top, then the findings, written as they are read so a large store never sits in memory whole.
/// </summary>
public static class FindingsJson
{
    /// <summary>The media type of the download.</summary>
    public const string MediaType = "application/json; charset=utf-8";

    /// <summary>What the file holds.</summary>
    public const string Title = "Key findings of the evidence reviews published on LPIP Evidence";

    /// <summary>The terms of reuse, stated in the file itself.</summary>
    public const string Licence =
        "Each finding is reproduced from the review it comes from and under that review's licence, given in reviews[].licence " +
        "and in each finding's licence. Credit the source as its attribution says and cite the review as its citation says.";

    /// <summary>Writes the document; property names follow <paramref name="options"/>, as the API's do.</summary>
    public static async Task WriteAsync(Stream stream, string about, IReadOnlyList<ReviewData> reviews, IAsyncEnumerable<FindingData> findings,
        JsonSerializerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(options);
        string Name(string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;

        // Through a pipe: the serializer flushes its writer synchronously, which must only fill the pipe's buffer;
        // the pipe alone writes to the stream, asynchronously.
        var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        await using var json = new Utf8JsonWriter(pipe);
        json.WriteStartObject();
        json.WriteString(Name(nameof(FindingsDownloadData.Title)), Title);
        json.WriteString(Name(nameof(FindingsDownloadData.Licence)), Licence);
        json.WriteString(Name(nameof(FindingsDownloadData.About)), about);
        json.WritePropertyName(Name(nameof(FindingsDownloadData.Reviews)));
        JsonSerializer.Serialize(json, reviews, options);
        json.WritePropertyName(Name(nameof(FindingsDownloadData.Findings)));
        json.WriteStartArray();
        await foreach (var finding in findings.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, finding, options);
            // Hand finished findings to the stream now and then instead of buffering them all.
            if (pipe.UnflushedBytes > 32 * 1024) await pipe.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await pipe.CompleteAsync();
    }
}
