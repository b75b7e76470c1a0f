using Incubator.Cohorts;

namespace Incubator.Client.Cohorts;

/// <summary>The body of POST /api/cohorts/{id}/applications.</summary>
public sealed record class ApplyToCohortRequest(Guid? OrganizationId, string? Mission, int? FormalMembers, string? ServicesDelivered, string? Needs)
{
    public (ApplyToCohort Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new ApplyToCohort(OrganizationId ?? Guid.Empty, Mission ?? "", FormalMembers ?? 0, ServicesDelivered ?? "", Needs ?? "");
        var errors = command.Validate().ToList();
        if (FormalMembers is null)
        {
            errors.Add(FieldError.Required("formalMembers"));
        }

        return (command.Normalized(), errors);
    }
}

/// <summary>The body of POST /api/cohorts/{id}/applications/{organizationId}/scores: criterion names with scores 0..5.</summary>
public sealed record class ScoreApplicationRequest(IReadOnlyList<CriterionScore?>? Scores)
{
    public ScoreApplication ToCommand(Guid organizationId) =>
        new(organizationId, Scores?.OfType<CriterionScore>().Select(s => s with { Criterion = s.Criterion ?? "" }).ToArray() ?? []);
}

/// <summary>The body of POST /api/cohorts/{id}/applications/{organizationId}/decision.</summary>
public sealed record class DecideApplicationRequest(CohortDecision? Decision, string? Reason)
{
    public (DecideApplication Command, IReadOnlyList<FieldError> Errors) ToCommand(Guid organizationId)
    {
        var command = new DecideApplication(organizationId, Decision ?? CohortDecision.Decline, Reason ?? "");
        var errors = command.Validate().ToList();
        if (Decision is null)
        {
            errors.Add(FieldError.Required("decision"));
        }

        return (command, errors);
    }
}
