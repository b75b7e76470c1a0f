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
            errors.Add(new("organizationId", "Choose the organization that applies."));
        }

        RequireText(errors, "mission", Mission);
        if (FormalMembers is < 0 or > MaxFormalMembers)
        {
            errors.Add(new("formalMembers", $"Give the number of formal members (0 to {MaxFormalMembers})."));
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
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "This field is required."));
        }
        else if (value.Trim().Length > MaxTextLength)
        {
            errors.Add(new(field, $"At most {MaxTextLength} characters."));
        }
    }
}
