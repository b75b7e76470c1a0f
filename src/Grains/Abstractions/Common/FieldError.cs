namespace Incubator.Common;

/// <summary>
/// One reason a request was refused, tied to the input field (camelCase, as the API names it): a stable code from
/// <see cref="ErrorCodes"/> and its arguments; the Client words it in the caller's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.FieldError")]
public sealed record class FieldError(string Field, string Code, IReadOnlyList<ErrorArg>? Args = null)
{
    public IReadOnlyList<ErrorArg> Arguments => Args ?? [];

    public static FieldError Of(string field, string code, params ErrorArg[] args) => new(field, code, args);

    public static FieldError Required(string field) => new(field, ErrorCodes.Required);

    public static FieldError TooLong(string field, int max) => new(field, ErrorCodes.TooLong, [ErrorArg.Text("max", max)]);

    /// <summary>Blank, longer than <paramref name="max"/> after trimming or with control characters; null when the text is acceptable.</summary>
    public static FieldError? Text(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? Required(field) : value.Trim().Length > max ? TooLong(field, max) : InputBounds.Text(field, value);

    public static FieldError OutOfRange(string field, object min, object max) =>
        new(field, ErrorCodes.OutOfRange, [ErrorArg.Text("min", min), ErrorArg.Text("max", max)]);

    public static FieldError UnknownValue(string field) => new(field, ErrorCodes.UnknownValue);

    public override string ToString() => Arguments.Count == 0 ? $"{Field}: {Code}" : $"{Field}: {Code} ({string.Join(", ", Arguments)})";
}
