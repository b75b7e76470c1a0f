using Incubator.Common;

namespace Incubator.Communities;

/// <summary>
/// What a community's keeper records about it (docs/domain.md §3): the residents' committee (居委会), residents and households
/// (the base of every ratio per 10,000), the residents of four target groups, and whether it has space for organizations and
/// stations to stay (场所限制 when not), with what that space is.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.CommunityProfile")]
public sealed record class CommunityProfile(
    string CommitteeName,
    int Residents,
    int Households,
    int Elderly,
    int Children,
    int Disabled,
    int HardshipFamilies,
    bool HasSpace,
    string SpaceDescription)
{
    public const int MaxCommitteeNameLength = 100;
    public const int MaxResidents = 2_000_000;
    public const int MaxSpaceDescriptionLength = 500;

    /// <summary>The fields in the order the page and the history show them; the names are the API's.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["committeeName", "residents", "households", "elderly", "children", "disabled", "hardshipFamilies", "hasSpace", "spaceDescription"];

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FieldError.Text("committeeName", CommitteeName, MaxCommitteeNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (Residents is < 0 or > MaxResidents)
        {
            errors.Add(FieldError.OutOfRange("residents", 0, MaxResidents));
        }

        // Households and each group are parts of the residents: never more than them.
        var cap = Math.Clamp(Residents, 0, MaxResidents);
        foreach (var (field, value) in Counts())
        {
            if (field != "residents" && (value < 0 || value > cap))
            {
                errors.Add(FieldError.OutOfRange(field, 0, cap));
            }
        }

        var description = SpaceDescription?.Trim() ?? "";
        if (HasSpace && description.Length == 0)
        {
            errors.Add(FieldError.Required("spaceDescription"));
        }
        else if (description.Length > MaxSpaceDescriptionLength)
        {
            errors.Add(FieldError.TooLong("spaceDescription", MaxSpaceDescriptionLength));
        }
        else if (description.Length > 0 && InputBounds.Text("spaceDescription", description) is { } control)
        {
            errors.Add(control);
        }

        return errors;
    }

    public CommunityProfile Normalized() => this with { CommitteeName = CommitteeName.Trim(), SpaceDescription = SpaceDescription?.Trim() ?? "" };

    /// <summary>Each field's value as the history shows it (numbers invariant, yes/no as true/false).</summary>
    public IReadOnlyDictionary<string, string> Values() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["committeeName"] = CommitteeName,
        ["residents"] = Residents.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["households"] = Households.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["elderly"] = Elderly.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["children"] = Children.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["disabled"] = Disabled.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["hardshipFamilies"] = HardshipFamilies.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["hasSpace"] = HasSpace ? "true" : "false",
        ["spaceDescription"] = SpaceDescription,
    };

    /// <summary>The fields whose values differ from <paramref name="before"/> (every field when there was no profile).</summary>
    public IReadOnlyList<FieldChange> ChangesFrom(CommunityProfile? before)
    {
        var now = Values();
        var old = before?.Values();
        return Fields
            .Where(f => old is null || !string.Equals(old[f], now[f], StringComparison.Ordinal))
            .Select(f => new FieldChange(f, old?[f], now[f]))
            .ToArray();
    }

    private IEnumerable<(string Field, int Value)> Counts() =>
    [
        ("residents", Residents), ("households", Households), ("elderly", Elderly),
        ("children", Children), ("disabled", Disabled), ("hardshipFamilies", HardshipFamilies),
    ];
}

/// <summary>One field of a change: its value before (null when it had none) and after.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FieldChange")]
public sealed record class FieldChange(string Field, string? Old, string New);
