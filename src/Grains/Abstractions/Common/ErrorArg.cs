using System.Globalization;

namespace Incubator.Common;

/// <summary>One named argument of an error code; templates in the Client's ErrorText resx refer to it as {Name}.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ErrorArg")]
public sealed record class ErrorArg(string Name, string Value, ErrorArgKind Kind)
{
    public static ErrorArg Text(string name, object? value) =>
        new(name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", ErrorArgKind.Text);

    public static ErrorArg Date(string name, DateOnly value) => Text(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ErrorArg Time(string name, DateTimeOffset value) => Text(name, value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    /// <summary>An enum value shown with its label; <paramref name="prefix"/> picks another set of labels than the type's.</summary>
    public static ErrorArg Label<TEnum>(string name, TEnum value, string? prefix = null) where TEnum : struct, Enum =>
        new(name, $"{prefix ?? typeof(TEnum).Name}.{value}", ErrorArgKind.Label);

    public static ErrorArg Labels<TEnum>(string name, IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        new(name, string.Join(",", values.Select(v => $"{typeof(TEnum).Name}.{v}")), ErrorArgKind.Label);

    public static ErrorArg Field(string name, string field) => new(name, field, ErrorArgKind.Field);

    public static ErrorArg Noun(string name, string noun) => new(name, noun, ErrorArgKind.Noun);

    public static ErrorArg Phrase(string name, string phrase) => new(name, phrase, ErrorArgKind.Phrase);

    public override string ToString() => $"{Name}={Value}";
}
