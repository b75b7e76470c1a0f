using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>
/// A page of organizations: scoped to incubators (null = all), filtered by text on name, credit code or filing number.
/// Pages by <see cref="Cursor"/> (a previous page's Next or Previous); <see cref="PageNumber"/> above 1 without a cursor
/// still skips pages by offset, for callers written before cursors, at a cost that grows with the page number.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationQuery")]
public sealed record class OrganizationQuery(
    IReadOnlyList<Guid>? IncubatorIds,
    string? Search,
    OrganizationSort Sort,
    bool Descending,
    int PageNumber,
    int PageSize,
    string? Cursor = null)
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 100;

    /// <summary>
    /// Totals of searches are counted this far and no further ("100+"): counting reads each match's row, and a common
    /// word's matches grow with the directory; a hundred is more than anyone pages through before narrowing the search.
    /// </summary>
    public const int CountLimit = 100;

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

        if (Cursor is not null)
        {
            // A cursor names a row in one ordering; in another it would start the page anywhere.
            if (OrganizationCursor.TryParse(Cursor) is not { } cursor || cursor.Sort != Sort || cursor.Descending != Descending)
            {
                errors.Add(FieldError.UnknownValue("cursor"));
            }

            if (PageNumber != 1)
            {
                errors.Add(FieldError.Of("page", ErrorCodes.OutOfRange, ErrorArg.Text("min", 1), ErrorArg.Text("max", 1)));
            }
        }

        if (Search is { Length: > MaxSearchLength })
        {
            errors.Add(FieldError.TooLong("search", MaxSearchLength));
        }

        return errors;
    }
}
