using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>Admission into incubation (入壳) for a period that ends in a graduation review; CohortId when a cohort admitted it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.AdmitOrganization")]
public sealed record class AdmitOrganization(int IncubationMonths, Guid? CohortId = null)
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 24;

    public IReadOnlyList<FieldError> Validate() =>
        IncubationMonths is < 1 or > MaxMonths
            ? [FieldError.OutOfRange("incubationMonths", 1, MaxMonths)]
            : [];
}
