
namespace Incubator.Client.Infrastructure;

/// <summary>Several field errors at once, answered as one 400 ValidationProblem.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    /// <summary>Throws when <paramref name="errors"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
