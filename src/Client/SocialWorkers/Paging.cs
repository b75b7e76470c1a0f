using Incubator.SocialWorkers;

namespace Incubator.Client.SocialWorkers;

/// <summary>Pages of lists the Client puts together itself (stations, spaces, budgets), with the same bounds as the read model's pages.</summary>
public static class Paging
{
    public static void Validate(int page, int pageSize)
    {
        var errors = new List<FieldError>();
        if (page < 1)
        {
            errors.Add(FieldError.Of("page", ErrorCodes.AtLeast, ErrorArg.Text("min", 1)));
        }

        if (pageSize is < 1 or > SocialWorkerQuery.MaxPageSize)
        {
            errors.Add(FieldError.OutOfRange("pageSize", 1, SocialWorkerQuery.MaxPageSize));
        }

        DomainException.ThrowIfInvalid(errors);
    }

    public static PageDto<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize) =>
        new(all.Skip((page - 1) * pageSize).Take(pageSize).ToArray(), page, pageSize, all.Count);
}
