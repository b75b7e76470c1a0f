using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>
/// A page of social workers from the read model: in these districts (null = all), serving any of these communities
/// (null = wherever), with this skill, matching the search (name or certificate number), active or all; IdleOnly keeps
/// active social workers without a reservation or engagement that lasts to today or later.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.SocialWorkerQuery")]
public sealed record class SocialWorkerQuery(
    IReadOnlyList<Guid>? DistrictIds,
    IReadOnlyList<Guid>? CommunityIds,
    ServiceDomain? Skill,
    string? Search,
    bool ActiveOnly,
    bool IdleOnly,
    DateOnly Today,
    int PageNumber = 1,
    int PageSize = 20)
{
    public const int MaxSearchLength = 50;
    public const int MaxPageSize = 100;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Search is { Length: > MaxSearchLength })
        {
            errors.Add(FieldError.TooLong("search", MaxSearchLength));
        }

        if (PageNumber < 1)
        {
            errors.Add(new("page", ErrorCodes.AtLeast, [ErrorArg.Text("min", 1)]));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add(FieldError.OutOfRange("pageSize", 1, MaxPageSize));
        }

        return errors;
    }
}
