using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Applies <see cref="InputBounds"/> to everything an API endpoint binds from the request (route values, query parameters
/// and the body, walked field by field) before its handler runs, so no handler, command or grain sees a NUL character, the
/// year 9999, NaN, an enum number that names no value or a 120,000-item list. Each failing field is named as the API names it (<c>tranches[3].amount</c>;
/// a query parameter by its name). Services, the user and the request itself are not input and are skipped.
/// </summary>
public static class InputBoundsFilter
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        // What the container provides is a service, not input (the same inference minimal APIs bind by).
        var services = context.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var inputs = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => IsInput(p.parameter.ParameterType) && !services.IsService(p.parameter.ParameterType))
            .ToArray();
        if (inputs.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new List<FieldError>();
            foreach (var (parameter, index) in inputs)
            {
                var value = invocation.Arguments[index];
                var isBody = value is not null && IsRecord(value.GetType());
                Check(isBody ? "" : parameter.Name ?? "", value, errors, 0);
            }

            return errors.Count == 0 ? next(invocation) : throw DomainException.Invalid(errors);
        };
    }

    /// <summary>Errors of one value and everything inside it.</summary>
    public static IReadOnlyList<FieldError> Check(string field, object? value)
    {
        var errors = new List<FieldError>();
        Check(field, value, errors, 0);
        return errors;
    }

    private static void Check(string field, object? value, List<FieldError> errors, int depth)
    {
        var error = value switch
        {
            null => null,
            string text => InputBounds.Text(field, text),
            DateOnly date => InputBounds.Date(field, date),
            DateTimeOffset at => InputBounds.Date(field, at),
            DateTime at => InputBounds.Date(field, at),
            double number => InputBounds.Number(field, number),
            float number => InputBounds.Number(field, number),
            ICollection collection => InputBounds.Count(field, collection.Count),
            // Query binding parses "12345" into an enum as readily as a name.
            Enum member when !Enum.IsDefined(member.GetType(), member) => FieldError.UnknownValue(field),
            _ => null,
        };
        if (error is not null)
        {
            errors.Add(error);
            return;
        }

        if (value is null || depth >= MaxDepth || value is string)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Check(Join(field, entry.Key.ToString() ?? ""), entry.Value, errors, depth + 1);
            }
        }
        else if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (index == InputBounds.MaxItems)
                {
                    errors.Add(InputBounds.Count(field, index + 1)!);
                    return;
                }

                Check($"{field}[{index++}]", item, errors, depth + 1);
            }
        }
        else if (IsRecord(value.GetType()))
        {
            foreach (var property in Properties.GetOrAdd(value.GetType(), ReadableProperties))
            {
                Check(Join(field, JsonNamingPolicy.CamelCase.ConvertName(property.Name)), property.GetValue(value), errors, depth + 1);
            }
        }
    }

    private static string Join(string field, string name) => field.Length == 0 ? name : $"{field}.{name}";

    // Our own request records and the commands' value types (DailyHours, TrancheRequest, …): walked field by field.
    private static bool IsRecord(Type type) =>
        !type.IsPrimitive && !type.IsEnum && type.Namespace?.StartsWith("Incubator", StringComparison.Ordinal) == true
        && !typeof(IEnumerable).IsAssignableFrom(type);

    private static PropertyInfo[] ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
            .ToArray();

    private static bool IsInput(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum || underlying == typeof(string) || underlying == typeof(DateOnly) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(DateTime) || underlying == typeof(double) || underlying == typeof(float)
            || (typeof(IEnumerable).IsAssignableFrom(underlying) && underlying.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
            || IsRecord(underlying);
    }
}
