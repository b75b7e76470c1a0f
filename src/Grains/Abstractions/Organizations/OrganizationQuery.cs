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
            errors.Add(new("page", "Pages are numbered from 1."));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new("pageSize", $"A page holds 1 to {MaxPageSize} rows."));
        }

        if (!Enum.IsDefined(Sort))
        {
            errors.Add(new("sort", "Sort by name, filedAt or stage."));
        }

        if (Search is { Length: > 100 })
        {
            errors.Add(new("search", "At most 100 characters."));
        }

        return errors;
    }
}

public enum OrganizationSort
{
    Name = 0,
    FiledAt = 1,
    Stage = 2,
}
