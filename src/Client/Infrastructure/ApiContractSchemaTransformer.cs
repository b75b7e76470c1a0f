using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Schemas that say what the server accepts and sends. Request records keep every field nullable so that a missing one
/// is reported by name; their schema lists as required only what carries <see cref="RequiredAttribute"/> (the rule the
/// command's <c>Validate()</c> enforces, see docs/architecture.md "Input rules"), and those without null. Enums list no
/// null value (a nullable use says so itself), and TimeOnly is described as the "HH:mm:ss" the API writes and reads.
/// </summary>
internal sealed class ApiContractSchemaTransformer : IOpenApiSchemaTransformer
{
    public const string LocalTimePattern = @"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$";

    public const string LocalDateTimePattern = @"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeOnly))
        {
            // JSON Schema's "time" requires an offset; the API sends local times of day such as "08:00:00".
            schema.Format = null;
            schema.Pattern = LocalTimePattern;
        }

        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTime))
        {
            // A DateTime is a local date and time in a zone the answer names (the space's), sent without an offset,
            // which "date-time" requires; instants are DateTimeOffset.
            schema.Format = null;
            schema.Pattern = LocalDateTimePattern;
        }

        if (schema.Enum is { } values && values.Any(v => v is null))
        {
            schema.Enum = values.Where(v => v is not null).ToList();
        }

        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object
            && type.Name.EndsWith("Request", StringComparison.Ordinal) && schema.Properties is { } properties)
        {
            var required = new HashSet<string>();
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                if (property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true
                    && properties.TryGetValue(property.Name, out var propertySchema))
                {
                    required.Add(property.Name);
                    properties[property.Name] = WithoutNull(propertySchema);
                }
            }

            schema.Required = required;
        }

        return Task.CompletedTask;
    }

    /// <summary>The schema without null; a nullable reference (oneOf [null, $ref]) becomes the reference alone.</summary>
    public static IOpenApiSchema WithoutNull(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchema concrete)
        {
            if (concrete.Type is { } flags && flags.HasFlag(JsonSchemaType.Null))
            {
                concrete.Type = flags & ~JsonSchemaType.Null;
            }

            if (concrete.OneOf is { Count: 2 } oneOf && oneOf.FirstOrDefault(s => s is OpenApiSchemaReference) is { } reference
                && oneOf.Any(s => s.Type == JsonSchemaType.Null))
            {
                return reference;
            }
        }

        return schema;
    }
}
