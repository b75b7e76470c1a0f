using Incubator.Common;

namespace Incubator.Graduation;

/// <summary>The outcome of a graduation review, with its reasons.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.GraduationDecision")]
public sealed record class GraduationDecision(GraduationOutcome Outcome, string Reason, int? ExtensionMonths)
{
    public const int MaxExtensionMonths = 6;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Outcome))
        {
            errors.Add(FieldError.UnknownValue("outcome"));
        }

        if (FieldError.Text("reason", Reason, 2000) is { } reason)
        {
            errors.Add(reason);
        }

        if (Outcome == GraduationOutcome.Extended && ExtensionMonths is not (>= 1 and <= MaxExtensionMonths))
        {
            errors.Add(FieldError.OutOfRange("extensionMonths", 1, MaxExtensionMonths));
        }

        return errors;
    }
}
