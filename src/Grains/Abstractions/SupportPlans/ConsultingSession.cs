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
            errors.Add(FieldError.Of("hours", ErrorCodes.ConsultingHours, ErrorArg.Text("max", MaxHours)));
        }

        if (FieldError.Text("consultant", consultant, 50) is { } consultantError)
        {
            errors.Add(consultantError);
        }

        if (FieldError.Text("topic", topic, 200) is { } topicError)
        {
            errors.Add(topicError);
        }

        return errors;
    }
}
