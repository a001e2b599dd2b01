using System.Collections.Concurrent;
using LpipEvidence.Search.Meaning;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Support;

/// <summary>
/// The process's one MiniLM, remembering the vector of every text it has embedded, for the apps the web and browser
/// tests start by the dozen on the same fixtures. The model is deterministic (<see cref="ITextEmbedder"/>), so a
/// remembered vector is the one the model would give again: every app still makes, writes and serves its vectors
/// through the same code, but the model runs once per text per test run instead of once per app (each app's import
/// embedded the fixtures again, minutes of processor time over a run on two cores).
/// </summary>
public sealed class RememberingEmbedder : ITextEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    private RememberingEmbedder()
    {
    }

    /// <summary>The one for this test run.</summary>
    public static RememberingEmbedder Shared { get; } = new();

    public string ModelName => MiniLmEmbedder.Shared.ModelName;

    public int Dimensions => MiniLmEmbedder.Shared.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(text => !_vectors.ContainsKey(text)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var made = MiniLmEmbedder.Shared.Embed(missing, cancellationToken);
            for (var i = 0; i < missing.Count; i++) _vectors.TryAdd(missing[i], made[i]);
        }
        // A copy each time, as the model gives: a caller may keep or change its vectors.
        return [.. texts.Select(text => (float[])_vectors[text].Clone())];
    }

    /// <summary>
    /// In <paramref name="services"/> as the app registered them, puts this in place of the process's MiniLM (and
    /// leaves an app without a model, <c>Search:Meaning=false</c>, or with a test's own model, as it is).
    /// </summary>
    public static void ReplaceModel(IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            if (service.ServiceType == typeof(ITextEmbedder) && ReferenceEquals(service.ImplementationInstance, MiniLmEmbedder.Shared))
            {
                services[i] = ServiceDescriptor.Singleton<ITextEmbedder>(Shared);
            }
        }
    }
}
