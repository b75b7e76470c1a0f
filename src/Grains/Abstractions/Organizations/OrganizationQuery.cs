using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>A page of organizations: scoped to incubators (null = all), filtered by text on name or credit code.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationQuery")]
public sealed record class OrganizationQuery(
    IReadOnlyList<Guid>? IncubatorIds,
    string? Search,
    OrganizationSort Sort,
    bool Descending,
    int PageNumber,
    int PageSize)
{
    public const int MaxPageSize = 100;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (PageNumber < 1)
        {
            errors.Add(FieldError.Of("page", ErrorCodes.AtLeast, ErrorArg.Text("min", 1)));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(FieldError.OutOfRange("pageSize", 1, MaxPageSize));
        }

        if (!Enum.IsDefined(Sort))
        {
            errors.Add(FieldError.UnknownValue("sort"));
        }

        if (Search is { Length: > 100 })
        {
            errors.Add(FieldError.TooLong("search", 100));
        }

        return errors;
    }
}
