namespace Incubator.Common;

public enum DomainErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
    Forbidden = 3,
}
