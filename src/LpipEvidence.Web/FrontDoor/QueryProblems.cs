using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// Makes every bad query value of a minimal-API endpoint a 400 problem naming the parameter as the query spells it.
/// The framework falls short in two ways (dotnet/aspnetcore#57337, #63290): a value that does not convert
/// (<c>page=abc</c>) is refused before any filter or validator runs, with an empty 400; and <c>AddValidation</c> keys its
/// messages by the C# property (<c>Page</c>), not the query name (<c>page</c>). <see cref="ReportQueryProblems{TBuilder}"/>
/// checks conversions first, by <see cref="QueryText"/>'s rules, and <see cref="NameErrorsByQuery"/> renames the
/// validator's keys.
/// </summary>
public static class QueryProblems
{
    /// <summary>The title of every 400 about query parameters.</summary>
    public const string Title = "The parameters are not valid.";

    /// <summary>The query parameters an endpoint binds from <c>[FromQuery]</c>, by C# name.</summary>
    public sealed record QueryParameters(IReadOnlyList<QueryText.Parameter> Parameters);

    /// <summary>
    /// On each endpoint built here: a value that would not convert is answered with a 400 naming it (and its rule),
    /// before the framework's binding would answer an empty one.
    /// </summary>
    public static TBuilder ReportQueryProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Finally runs once the framework has made the endpoint's request delegate and described its parameters.
        builder.Finally(endpoint =>
        {
            var parameters = endpoint.Metadata.OfType<IParameterBindingMetadata>()
                .Where(p => p.ParameterInfo.IsDefined(typeof(FromQueryAttribute), inherit: true))
                .Select(p => QueryText.Parameter.Of(p.ParameterInfo, p.Name, p.ParameterInfo.ParameterType))
                .ToList();
            if (parameters.Count == 0 || endpoint.RequestDelegate is not { } bind) return;
            endpoint.Metadata.Add(new QueryParameters(parameters));
            endpoint.RequestDelegate = context =>
            {
                string? ValueOf(string name) => context.Request.Query[name];
                if (parameters.All(p => p.TryConvert(ValueOf(p.Name), out _, out _))) return bind(context);
                // The framework's binding would refuse this request before its validator runs: every value is read and
                // checked here by the same rules instead, so that one answer names every bad value.
                var errors = QueryText.Read(parameters, ValueOf, new object?[parameters.Count]);
                return TypedResults.ValidationProblem(errors, title: Title).ExecuteAsync(context);
            };
        });
        return builder;
    }

    /// <summary>
    /// For <c>ProblemDetailsOptions.CustomizeProblemDetails</c>: the validator's messages keyed by query name, under
    /// <see cref="Title"/>, on endpoints that <see cref="ReportQueryProblems{TBuilder}"/> describes.
    /// </summary>
    public static void NameErrorsByQuery(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails is not HttpValidationProblemDetails problem
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>() is not { } query) return;
        foreach (var parameter in query.Parameters)
        {
            if (parameter.Name == parameter.Property || !problem.Errors.Remove(parameter.Property, out var messages)) continue;
            problem.Errors[parameter.Name] = messages;
        }
        problem.Title = Title;
    }
}
