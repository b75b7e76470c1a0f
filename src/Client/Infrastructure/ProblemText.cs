using System.Text;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Words a problem in the current UI culture: an error code with its arguments, a field's label, a title per kind.
/// The one place that turns <see cref="DomainException"/> codes into text, for ProblemDetails and for the UI alike.
/// </summary>
public sealed class ProblemText(IStringLocalizer<ErrorText> errors, IStringLocalizer<UiText> ui)
{
    // Enum type names whose labels UiText keeps under another prefix; other types use their own name as the prefix.
    private static readonly Dictionary<string, string> LabelPrefixes = new(StringComparer.Ordinal)
    {
        ["OrganizationStage"] = "Stage",
        ["OrganizationCategory"] = "Category",
        ["ServiceDomain"] = "Domain",
        ["AreaLevel"] = "Level",
        ["ApplicationStatus"] = "Status",
        ["CohortDecision"] = "Decision",
        ["ReviewItem"] = "Review",
        ["GraduationOutcome"] = "Outcome",
        ["PartyBranchForm"] = "Branch",
        ["SupportTrack"] = "Track",
        ["DayOfWeek"] = "Weekday",
    };

    /// <summary>The UiText prefix of an enum type's labels, for the completeness test.</summary>
    public static string LabelPrefix(string enumTypeName) => LabelPrefixes.GetValueOrDefault(enumTypeName, enumTypeName);

    public string Message(string code, IReadOnlyList<ErrorArg> args)
    {
        var template = errors[code];
        if (template.ResourceNotFound)
        {
            return code;
        }

        var text = new StringBuilder(template.Value);
        foreach (var arg in args)
        {
            text.Replace("{" + arg.Name + "}", Render(arg));
        }

        return text.ToString();
    }

    public string Message(FieldError error) => Message(error.Code, error.Arguments);

    /// <summary>The problem in one line for a person: the message, or each failing field with its label.</summary>
    public string Describe(DomainException exception) =>
        exception.Kind == DomainErrorKind.Invalid && exception.Errors.Count > 0
            ? string.Join(errors["List.Sentences"].Value, exception.Errors.Select(Labelled))
            : Message(exception.Code, exception.Args);

    public string Labelled(FieldError error) =>
        error.Field.Length == 0 ? Message(error) : string.Format(errors["List.FieldFormat"].Value, FieldLabel(error.Field), Message(error));

    public string FieldLabel(string field) => Lookup(errors, "Field." + field) ?? field;

    public string Title(DomainErrorKind kind) => errors["Title." + kind].Value;

    /// <summary>The localized title of an HTTP status the framework answers by itself, or null for one we do not word.</summary>
    public string? StatusTitle(int status) => Lookup(errors, $"Title.Status{status}");

    public string this[string code] => Message(code, []);

    private string Render(ErrorArg arg) => arg.Kind switch
    {
        ErrorArgKind.Field => FieldLabel(arg.Value),
        ErrorArgKind.Noun => Lookup(errors, "Noun." + arg.Value) ?? arg.Value,
        ErrorArgKind.Phrase => Lookup(errors, "Phrase." + arg.Value) ?? arg.Value,
        ErrorArgKind.Money => decimal.TryParse(arg.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount)
            ? global::Incubator.Funding.Money.Yuan(amount)
            : arg.Value,
        ErrorArgKind.Label => string.Join(errors["List.Separator"].Value, arg.Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(LabelOf)),
        _ => arg.Value,
    };

    // "OrganizationStage.Incubating" → UiText "Stage.Incubating"; the member name when there is no label.
    private string LabelOf(string value)
    {
        var dot = value.IndexOf('.');
        var member = value[(dot + 1)..];
        return dot < 0 ? value : Lookup(ui, $"{LabelPrefix(value[..dot])}.{member}") ?? member;
    }

    private static string? Lookup(IStringLocalizer localizer, string key) => localizer[key] is { ResourceNotFound: false } found ? found.Value : null;
}
