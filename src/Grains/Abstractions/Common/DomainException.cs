namespace Incubator.Common;

/// <summary>A rule of the domain was broken by the caller's input; the Client answers it with a 4xx ProblemDetails.</summary>
[GenerateSerializer, Alias("Incubator.DomainException")]
public class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string field, string message) : base(message)
    {
        Kind = kind;
        Field = field;
    }

    /// <summary>What kind of failure this is; decides the HTTP status.</summary>
    [Id(0)] public DomainErrorKind Kind { get; }

    /// <summary>The input field the failure is about (camelCase, as in the API), or empty when it is about the whole request.</summary>
    [Id(1)] public string Field { get; }

    public static DomainException Invalid(string field, string message) => new(DomainErrorKind.Invalid, field, message);

    /// <summary>Throws the first of <paramref name="errors"/> as an invalid-input exception; does nothing when there is none.</summary>
    public static void ThrowIfInvalid(IReadOnlyList<FieldError> errors)
    {
        if (errors is [var first, ..])
        {
            throw Invalid(first.Field, first.Message);
        }
    }

    public static DomainException NotFound(string field, string message) => new(DomainErrorKind.NotFound, field, message);

    public static DomainException Conflict(string field, string message) => new(DomainErrorKind.Conflict, field, message);
}

public enum DomainErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
}
