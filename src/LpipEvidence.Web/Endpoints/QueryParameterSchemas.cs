using System.Globalization;
using System.Text.Json.Nodes;
using LpipEvidence.OpenData;
using LpipEvidence.Search;
using LpipEvidence.Web.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// The API binds numbers and flags as text so that a bad value gets a message naming its parameter (see
/// <see cref="SearchParameters"/>); this tells the OpenAPI document what they really are, and which are required.
/// </summary>
public static class QueryParameterSchemas
{
    private sealed record Shape(JsonSchemaType Type, bool Required = false, int? Minimum = null, int? Maximum = null, JsonNode? Default = null, string[]? Values = null);

    private static readonly Dictionary<(string Operation, string Parameter), Shape> Shapes = new()
    {
        [("Search", "q")] = new(JsonSchemaType.String, Required: true),
        [("Search", "page")] = new(JsonSchemaType.Integer, Minimum: 1, Maximum: SearchRequest.MaxPage, Default: 1),
        [("Search", "pageSize")] = new(JsonSchemaType.Integer, Minimum: 1, Maximum: SearchRequest.MaxPageSize, Default: SearchRequest.DefaultPageSize),
        [("Search", "prefix")] = new(JsonSchemaType.Boolean, Default: false),
        [("Search", "asTyped")] = new(JsonSchemaType.Boolean, Default: false),
        [("Search", "mode")] = new(JsonSchemaType.String, Default: "hybrid", Values: ["hybrid", "words", "meaning"]),
        [("ListFindings", "page")] = new(JsonSchemaType.Integer, Minimum: 1, Maximum: FindingListQuery.MaxPage, Default: 1),
        [("ListFindings", "pageSize")] = new(JsonSchemaType.Integer, Minimum: 1, Maximum: OpenDataCatalog.MaxPageSize, Default: OpenDataCatalog.DefaultPageSize),
    };

    /// <summary>An operation transformer: gives the listed query parameters their type, bounds and default.</summary>
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId is not { } id || operation.Parameters is null) return Task.CompletedTask;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (parameter.Name is null || !Shapes.TryGetValue((id, parameter.Name), out var shape)) continue;
            parameter.Required = shape.Required;
            parameter.Schema = new OpenApiSchema
            {
                Type = shape.Type,
                Minimum = shape.Minimum?.ToString(CultureInfo.InvariantCulture),
                Maximum = shape.Maximum?.ToString(CultureInfo.InvariantCulture),
                Default = shape.Default,
                Enum = shape.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            };
        }
        return Task.CompletedTask;
    }
}
