using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LpipEvidence.Web.OpenData;

/// <summary>
/// An operation transformer that finishes what the framework describes of query parameters from their attributes
/// (type, <c>[Required]</c>, <c>[Range]</c>, <c>[MaxLength]</c>, <c>[DefaultValue]</c>, <c>[Description]</c>): a
/// whole number is an integer, not "integer or a string of digits" (the framework's JSON reading allows both; a query
/// has no such choice), and <c>[AllowedValues]</c> is the schema's enum. It reads the parameters that
/// <see cref="QueryProblems.ReportQueryProblems{TBuilder}"/> records on the endpoint, so it needs no list of its own.
/// </summary>
public static class QueryParameterRules
{
    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryProblems.QueryParameters>().FirstOrDefault();
        if (query is null || operation.Parameters is null) return Task.CompletedTask;
        foreach (var described in operation.Parameters.OfType<OpenApiParameter>())
        {
            if (described.Schema is not OpenApiSchema schema || query.Parameters.FirstOrDefault(p => p.Name == described.Name) is not { } parameter) continue;
            if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Integer))
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Pattern = null;
            }
            if (parameter.Rules.OfType<AllowedValuesAttribute>().FirstOrDefault() is { } allowed)
            {
                schema.Enum = allowed.Values.OfType<string>().Where(v => v.Length > 0).Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }
        }
        return Task.CompletedTask;
    }
}
