namespace Incubator.Common;

/// <summary>How the Client renders an argument of an error message in the caller's language.</summary>
public enum ErrorArgKind
{
    /// <summary>Shown as given: numbers, dates, names typed by users (already formatted, culture-neutral).</summary>
    Text = 0,
    /// <summary>An enum member as "TypeName.Member" (or several, comma-separated), shown with its label.</summary>
    Label = 1,
    /// <summary>An input field name (camelCase, as the API names it), shown with its label.</summary>
    Field = 2,
    /// <summary>A kind of thing ("organization", "cohort"…), shown with its label.</summary>
    Noun = 3,
    /// <summary>A phrase such as what only managers do ("admitsOrganizations"), shown in the caller's words.</summary>
    Phrase = 4,
    /// <summary>An amount of yuan (invariant decimal), shown as "1,000.00 元" or "¥1,000.00".</summary>
    Money = 5,
}
