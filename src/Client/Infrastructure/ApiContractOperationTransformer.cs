using System.Globalization;
using Incubator.Client.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Makes every operation one a generator can trust: a stable operationId (from method and route), the error answers it
/// can give as application/problem+json, and no bearer requirement where the endpoint allows anonymous callers.
/// </summary>
internal sealed class ApiContractOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var method = (description.HttpMethod ?? "GET").ToUpperInvariant();
        var path = "/" + (description.RelativePath ?? "").TrimStart('/');
        operation.OperationId ??= OperationId(method, path);

        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var signIn = LoginRateLimit.IsLimitedPath(path);
        if (anonymous)
        {
            // Overrides the document's bearer requirement: this operation needs no token.
            operation.Security = [];
        }

        var hasInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null;
        var changes = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var errors = new List<int>();
        AddIf(errors, hasInput, StatusCodes.Status400BadRequest);
        AddIf(errors, !anonymous || signIn, StatusCodes.Status401Unauthorized);
        AddIf(errors, !anonymous, StatusCodes.Status403Forbidden);
        // An id in the route, the query or the body may name nothing the caller can see (?incubatorId= of another district,
        // a booking's spaceId): rights are checked before the body's own rules, so that is a 404.
        var namesAThing = path.Contains('{', StringComparison.Ordinal)
            || description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query && IsId(p.Type))
            || description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body && p.Type.GetProperties().Any(property => IsId(property.PropertyType)))
            || metadata.OfType<MayFindNothingEndpoint>().Any();
        AddIf(errors, namesAThing, StatusCodes.Status404NotFound);
        AddIf(errors, changes && !anonymous, StatusCodes.Status409Conflict);
        AddIf(errors, signIn, StatusCodes.Status429TooManyRequests);

        operation.Responses ??= [];
        var problem = ApiContractDocumentTransformer.EnsureProblemSchema(context.Document!);
        foreach (var status in errors)
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            operation.Responses[key] = new OpenApiResponse
            {
                Description = ReasonPhrases.GetReasonPhrase(status),
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            };
        }

        return Task.CompletedTask;
    }

    private static bool IsId(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(Guid);

    private static void AddIf(List<int> statuses, bool condition, int status)
    {
        if (condition)
        {
            statuses.Add(status);
        }
    }

    /// <summary>"GET /api/venues/{id}/week" → "getVenuesByIdWeek": unique because method and route are, stable across builds.</summary>
    public static string OperationId(string method, string path)
    {
        var name = new System.Text.StringBuilder(method.ToLowerInvariant());
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(path.StartsWith("/api/", StringComparison.Ordinal) ? 1 : 0))
        {
            var isParameter = segment.StartsWith('{');
            if (isParameter)
            {
                name.Append("By");
            }

            foreach (var word in segment.Trim('{', '}').Split(':')[0].Split('-', '.', '_'))
            {
                if (word.Length > 0)
                {
                    name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
                }
            }
        }

        return name.ToString();
    }
}
