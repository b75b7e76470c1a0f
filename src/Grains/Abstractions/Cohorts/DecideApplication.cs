using Incubator.Common;

namespace Incubator.Cohorts;

/// <summary>The manager's decision on an application, with the reason kept on it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.DecideApplication")]
public sealed record class DecideApplication(Guid OrganizationId, CohortDecision Decision, string Reason)
{
    public const int MaxReasonLength = 1000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Decision))
        {
            errors.Add(FieldError.UnknownValue("decision"));
        }

        if (FieldError.Text("reason", Reason, MaxReasonLength) is { } reason)
        {
            errors.Add(reason);
        }

        return errors;
    }
}
