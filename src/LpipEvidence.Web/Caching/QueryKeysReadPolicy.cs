using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace LpipEvidence.Web.Caching;

/// <summary>
/// Varies a cached page only by the query parameters it reads: the <c>[SupplyParameterFromQuery]</c> properties of
/// its page component (the framework's default varies by every parameter, so <c>?junk=1</c>, <c>?junk=2</c>... would
/// each make a new entry). Endpoints that are not components (the feeds) read none.
/// </summary>
public sealed class QueryKeysReadPolicy : IOutputCachePolicy
{
    private static readonly ConcurrentDictionary<Type, StringValues> KeysByComponent = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var component = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        context.CacheVaryByRules.QueryKeys = component is null ? StringValues.Empty : KeysByComponent.GetOrAdd(component, QueryKeysOf);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The query parameter names a component reads, sorted; none for a component that reads none.</summary>
    public static StringValues QueryKeysOf(Type component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var type = component; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query) names.Add(query.Name ?? property.Name);
            }
        }
        return names.Count == 0 ? StringValues.Empty : new StringValues([.. names]);
    }
}
