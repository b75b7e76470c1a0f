namespace Incubator.Common;

/// <summary>
/// The one exception family for what a caller can cause: the Client answers it with a 4xx ProblemDetails and the UI shows
/// it. It carries a stable <see cref="Code"/> with arguments (worded in the caller's language by the Client) and, for
/// invalid input, every failing field. <see cref="Exception.Message"/> is for logs only.
/// </summary>
[GenerateSerializer, Alias("Incubator.DomainException")]
public class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string field, string code, IReadOnlyList<ErrorArg> args, IReadOnlyList<FieldError> errors)
        : base(Describe(code, field, args, errors))
    {
        Kind = kind;
        Field = field;
        Code = code;
        Args = args;
        Errors = errors;
    }

    /// <summary>What kind of failure this is; decides the HTTP status.</summary>
    [Id(0)] public DomainErrorKind Kind { get; }

    /// <summary>The input field the failure is about (the first failing one when several are), or empty for the whole request.</summary>
    [Id(1)] public string Field { get; }

    /// <summary>Stable code of the message (see <see cref="ErrorCodes"/>), for integrators to branch on.</summary>
    [Id(2)] public string Code { get; }

    [Id(3)] public IReadOnlyList<ErrorArg> Args { get; }

    /// <summary>Every failing field of an invalid request; empty for the other kinds.</summary>
    [Id(4)] public IReadOnlyList<FieldError> Errors { get; }

    public static DomainException Invalid(string field, string code, params ErrorArg[] args) =>
        Invalid([new FieldError(field, code, args)]);

    public static DomainException Invalid(FieldError error) => Invalid([error]);

    /// <summary>An invalid request naming every failing field.</summary>
    public static DomainException Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(DomainErrorKind.Invalid, errors[0].Field, ErrorCodes.InvalidFields, [], errors);
    }

    /// <summary>Throws all of <paramref name="errors"/> as one invalid-input exception; does nothing when there is none.</summary>
    public static void ThrowIfInvalid(IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw Invalid(errors);
        }
    }

    public static DomainException NotFound(string field, string code, params ErrorArg[] args) => new(DomainErrorKind.NotFound, field, code, args, []);

    /// <summary>"There is no {noun} {id}" (or none the caller may see): the one not-found message.</summary>
    public static DomainException NoSuch(string field, string noun, object? id) =>
        NotFound(field, ErrorCodes.NotFound, ErrorArg.Noun("thing", noun), ErrorArg.Text("id", id));

    /// <summary>An id in the request names nothing the caller may use: invalid input, worded as not found.</summary>
    public static DomainException NoSuchInput(string field, string noun, object? id) =>
        Invalid(field, ErrorCodes.NotFound, ErrorArg.Noun("thing", noun), ErrorArg.Text("id", id));

    public static DomainException Conflict(string field, string code, params ErrorArg[] args) => new(DomainErrorKind.Conflict, field, code, args, []);

    /// <summary>The caller may see the thing but not do this to it.</summary>
    public static DomainException Forbidden(string code, params ErrorArg[] args) => new(DomainErrorKind.Forbidden, "", code, args, []);

    private static string Describe(string code, string field, IReadOnlyList<ErrorArg> args, IReadOnlyList<FieldError> errors) =>
        errors.Count > 0
            ? $"{code}: {string.Join("; ", errors)}"
            : $"{code}{(field.Length > 0 ? $" ({field})" : "")}{(args.Count > 0 ? ": " + string.Join(", ", args) : "")}";
}
