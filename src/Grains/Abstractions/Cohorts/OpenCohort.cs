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
            errors.Add(new("incubatorId", "Choose the incubator that opens the cohort."));
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new("name", "This field is required."));
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new("name", $"At most {MaxNameLength} characters."));
        }

        if (IntakeClosesOn < IntakeOpensOn)
        {
            errors.Add(new("intakeClosesOn", "The intake closes on or after the day it opens."));
        }

        if (Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(new("capacity", $"A cohort has 1 to {MaxCapacity} places."));
        }

        if (IncubationMonths is < 1 or > AdmitOrganization.MaxMonths)
        {
            errors.Add(new("incubationMonths", $"The incubation period is 1 to {AdmitOrganization.MaxMonths} months."));
        }

        ValidateCriteria(errors);
        if (FavouredCategories is null || FavouredCategories.Any(c => !Enum.IsDefined(c)))
        {
            errors.Add(new("favouredCategories", "One of the favoured categories is not known."));
        }

        if (FavouredCategoryWeight is < 0 or > MaxFavouredCategoryWeight)
        {
            errors.Add(new("favouredCategoryWeight", $"The favoured-category weight is 0 to {MaxFavouredCategoryWeight}."));
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
            errors.Add(new("criteria", "Name at least one screening criterion."));
            return;
        }

        if (Criteria.Count > MaxCriteria)
        {
            errors.Add(new("criteria", $"At most {MaxCriteria} criteria."));
        }

        if (Criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Name.Trim().Length > ScreeningCriterion.MaxNameLength))
        {
            errors.Add(new("criteria", $"Every criterion needs a name of at most {ScreeningCriterion.MaxNameLength} characters."));
        }
        else if (Criteria.Select(c => c.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Criteria.Count)
        {
            errors.Add(new("criteria", "Criterion names must differ."));
        }

        if (Criteria.Any(c => c.Weight is < ScreeningCriterion.MinWeight or > ScreeningCriterion.MaxWeight))
        {
            errors.Add(new("criteria", $"Every criterion weighs {ScreeningCriterion.MinWeight} to {ScreeningCriterion.MaxWeight}."));
        }
    }
}
