using Incubator.Common;

namespace Incubator.SupportPlans;

/// <summary>Consulting (咨询) given to an organization: when, how long, by whom, about what. Feeds the support ledger.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ConsultingSession")]
public sealed record class ConsultingSession(Guid Id, DateOnly On, decimal Hours, string Consultant, string Topic, string RecordedBy)
{
    public const decimal MaxHours = 24m;

    public static IReadOnlyList<FieldError> Validate(decimal hours, string? consultant, string? topic)
    {
        var errors = new List<FieldError>();
        if (hours <= 0 || hours > MaxHours || decimal.Round(hours, 2) != hours)
        {
            errors.Add(new("hours", $"More than 0 and at most {MaxHours} hours, to two decimals."));
        }

        if (string.IsNullOrWhiteSpace(consultant) || consultant.Trim().Length > 50)
        {
            errors.Add(new("consultant", "Name the consultant (at most 50 characters)."));
        }

        if (string.IsNullOrWhiteSpace(topic) || topic.Trim().Length > 200)
        {
            errors.Add(new("topic", "Say what the consultation was about (at most 200 characters)."));
        }

        return errors;
    }
}
