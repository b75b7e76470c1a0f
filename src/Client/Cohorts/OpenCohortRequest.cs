using Incubator.Cohorts;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

/// <summary>
/// The body of POST /api/cohorts. Every field is optional here so that a missing one is reported by name; the incubation
/// period defaults to 12 months and the favoured categories to 公益慈善类 and 便民服务类.
/// </summary>
public sealed record class OpenCohortRequest(
    Guid? IncubatorId,
    string? Name,
    DateOnly? IntakeOpensOn,
    DateOnly? IntakeClosesOn,
    int? Capacity,
    int? IncubationMonths,
    IReadOnlyList<ScreeningCriterion?>? Criteria,
    IReadOnlyList<OrganizationCategory>? FavouredCategories,
    int? FavouredCategoryWeight)
{
    /// <summary>The command, or every reason it cannot be made.</summary>
    public (OpenCohort Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new OpenCohort(
            IncubatorId ?? Guid.Empty,
            Name ?? "",
            IntakeOpensOn ?? DateOnly.MinValue,
            IntakeClosesOn ?? DateOnly.MaxValue,
            Capacity ?? 0,
            IncubationMonths ?? AdmitOrganization.DefaultMonths,
            Criteria?.OfType<ScreeningCriterion>().ToArray() ?? [],
            FavouredCategories ?? OpenCohort.DefaultFavouredCategories,
            FavouredCategoryWeight ?? OpenCohort.DefaultFavouredCategoryWeight);
        var errors = command.Validate().ToList();
        if (IntakeOpensOn is null)
        {
            errors.Add(FieldError.Required("intakeOpensOn"));
        }

        if (IntakeClosesOn is null)
        {
            errors.Add(FieldError.Required("intakeClosesOn"));
        }

        return (errors.Count == 0 ? command.Normalized() : command, errors);
    }
}
