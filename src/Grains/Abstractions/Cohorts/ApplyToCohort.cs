using Incubator.Common;

namespace Incubator.Cohorts;

/// <summary>An organization's application (入驻申请) to a cohort, with what screening needs to know about it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ApplyToCohort")]
public sealed record class ApplyToCohort(Guid OrganizationId, string Mission, int FormalMembers, string ServicesDelivered, string Needs)
{
    public const int MaxTextLength = 2000;
    public const int MaxFormalMembers = 100_000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (OrganizationId == Guid.Empty)
        {
            errors.Add(FieldError.Required("organizationId"));
        }

        RequireText(errors, "mission", Mission);
        if (FormalMembers is < 0 or > MaxFormalMembers)
        {
            errors.Add(FieldError.OutOfRange("formalMembers", 0, MaxFormalMembers));
        }

        RequireText(errors, "servicesDelivered", ServicesDelivered);
        RequireText(errors, "needs", Needs);
        return errors;
    }

    public ApplyToCohort Normalized() => this with
    {
        Mission = Mission.Trim(),
        ServicesDelivered = ServicesDelivered.Trim(),
        Needs = Needs.Trim(),
    };

    private static void RequireText(List<FieldError> errors, string field, string? value)
    {
        if (FieldError.Text(field, value, MaxTextLength) is { } error)
        {
            errors.Add(error);
        }
    }
}
