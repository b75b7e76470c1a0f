namespace Incubator.Common;

/// <summary>One reason a request was refused, tied to the input field (camelCase, as the API names it).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FieldError")]
public sealed record class FieldError(string Field, string Message);
