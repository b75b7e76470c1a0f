namespace Incubator.Client.Infrastructure;

/// <summary>Documents the Idempotency-Key header on every endpoint that honours it.</summary>
internal sealed class IdempotencyKeyTransformer : Microsoft.AspNetCore.OpenApi.IOpenApiOperationTransformer
{
    public Task TransformAsync(
        Microsoft.OpenApi.OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpoint>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
            {
                Name = IdempotencyFilter.Header,
                In = Microsoft.OpenApi.ParameterLocation.Header,
                Required = false,
                Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, MaxLength = IdempotencyFilter.MaxKeyLength },
                Description = $"Makes a retry safe: a repeated request with the same key (1-{IdempotencyFilter.MaxKeyLength} visible ASCII characters, " +
                    $"per account, kept {IdempotentRequests.Retention.TotalHours:0} h) " +
                    "gets the first answer again with 'Idempotent-Replayed: true' and creates nothing. The same key with another request: 400 " +
                    "(idempotency.keyReused). While the first is still running: 409 with Retry-After. A failed request keeps nothing.",
            });
        }

        return Task.CompletedTask;
    }
}
