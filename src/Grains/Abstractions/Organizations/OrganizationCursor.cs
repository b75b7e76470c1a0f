using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Incubator.Organizations;

/// <summary>
/// Where a keyset page of organizations starts: just after (or, for the previous page, just before) one row, named by
/// its sort value and id. Travels as opaque text; it belongs to one sort and direction and is refused with another.
/// </summary>
public sealed record class OrganizationCursor(OrganizationSort Sort, bool Descending, bool Before, string Key, Guid Id)
{
    private const string Version = "1";

    public static OrganizationCursor After(OrganizationSort sort, bool descending, OrganizationSummary row) => new(sort, descending, false, KeyOf(sort, row), row.Id);

    public static OrganizationCursor BeforeRow(OrganizationSort sort, bool descending, OrganizationSummary row) => new(sort, descending, true, KeyOf(sort, row), row.Id);

    // The key last, since a name may hold the separator.
    public string Format() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|',
        Version, ((int)Sort).ToString(CultureInfo.InvariantCulture), Descending ? "d" : "a", Before ? "b" : "a", Id.ToString("N"), Key)));

    /// <summary>The cursor in <paramref name="text"/>, or null when it is not one this build wrote.</summary>
    public static OrganizationCursor? TryParse(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|', 6);
        if (parts is not [Version, var sortText, "a" or "d", "a" or "b", var idText, var key]
            || !int.TryParse(sortText, NumberStyles.None, CultureInfo.InvariantCulture, out var sortNumber)
            || !Enum.IsDefined((OrganizationSort)sortNumber)
            || !Guid.TryParseExact(idText, "N", out var id))
        {
            return null;
        }

        var sort = (OrganizationSort)sortNumber;
        var keyIsValid = sort switch
        {
            OrganizationSort.FiledAt => long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks,
            OrganizationSort.Stage => short.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            _ => true,
        };
        return keyIsValid ? new OrganizationCursor(sort, parts[2] == "d", parts[3] == "b", key, id) : null;
    }

    private static string KeyOf(OrganizationSort sort, OrganizationSummary row) => sort switch
    {
        OrganizationSort.FiledAt => row.FiledAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        OrganizationSort.Stage => ((short)row.Stage).ToString(CultureInfo.InvariantCulture),
        _ => row.Name,
    };
}
