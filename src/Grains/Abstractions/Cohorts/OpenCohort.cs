using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>
/// A manager opens a cohort (批次) at his incubator: intake window (dates, both inclusive), capacity, incubation period and the
/// screening criteria. Organizations in a favoured category get FavouredCategoryWeight × the top score on top of their total.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.OpenCohort")]
public sealed record class OpenCohort(
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    IReadOnlyList<ScreeningCriterion> Criteria,
    IReadOnlyList<OrganizationCategory> FavouredCategories,
    int FavouredCategoryWeight)
{
    public const int MaxNameLength = 100;
    public const int MaxCapacity = 500;
    public const int MaxCriteria = 20;
    public const int MaxFavouredCategoryWeight = 10;
    public const int DefaultFavouredCategoryWeight = 2;

    /// <summary>The categories Kundulun favours for admission: 公益慈善类 and 便民服务类 (docs/domain.md §4.3).</summary>
    public static IReadOnlyList<OrganizationCategory> DefaultFavouredCategories { get; } =
        [OrganizationCategory.CharityPublicWelfare, OrganizationCategory.ConvenienceService];

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (IncubatorId == Guid.Empty)
        {
            errors.Add(FieldError.Required("incubatorId"));
        }

        if (FieldError.Text("name", Name, MaxNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (IntakeClosesOn < IntakeOpensOn)
        {
            errors.Add(new("intakeClosesOn", ErrorCodes.EndsBeforeStart));
        }

        if (Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(FieldError.OutOfRange("capacity", 1, MaxCapacity));
        }

        if (IncubationMonths is < 1 or > AdmitOrganization.MaxMonths)
        {
            errors.Add(FieldError.OutOfRange("incubationMonths", 1, AdmitOrganization.MaxMonths));
        }

        ValidateCriteria(errors);
        if (FavouredCategories is null || FavouredCategories.Any(c => !Enum.IsDefined(c)))
        {
            errors.Add(FieldError.UnknownValue("favouredCategories"));
        }

        if (FavouredCategoryWeight is < 0 or > MaxFavouredCategoryWeight)
        {
            errors.Add(FieldError.OutOfRange("favouredCategoryWeight", 0, MaxFavouredCategoryWeight));
        }

        return errors;
    }

    /// <summary>The same command with names trimmed and the favoured categories without repeats.</summary>
    public OpenCohort Normalized() => this with
    {
        Name = Name.Trim(),
        Criteria = Criteria.Select(c => c with { Name = c.Name?.Trim() ?? "" }).ToArray(),
        FavouredCategories = FavouredCategories.Distinct().Order().ToArray(),
    };

    private void ValidateCriteria(List<FieldError> errors)
    {
        if (Criteria is null || Criteria.Count == 0)
        {
            errors.Add(new("criteria", ErrorCodes.AtLeastOne));
            return;
        }

        if (Criteria.Count > MaxCriteria)
        {
            errors.Add(FieldError.Of("criteria", ErrorCodes.TooMany, ErrorArg.Text("max", MaxCriteria)));
        }

        if (Criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Name.Trim().Length > ScreeningCriterion.MaxNameLength))
        {
            errors.Add(FieldError.Of("criteria", ErrorCodes.CohortCriterionName, ErrorArg.Text("max", ScreeningCriterion.MaxNameLength)));
        }
        else if (Criteria.Select(c => c.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Criteria.Count)
        {
            errors.Add(new("criteria", ErrorCodes.Duplicates));
        }

        if (Criteria.Any(c => c.Weight is < ScreeningCriterion.MinWeight or > ScreeningCriterion.MaxWeight))
        {
            errors.Add(FieldError.OutOfRange("criteria", ScreeningCriterion.MinWeight, ScreeningCriterion.MaxWeight));
        }
    }
}
