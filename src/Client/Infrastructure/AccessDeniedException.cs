namespace Incubator.Client.Infrastructure;

/// <summary>The user may see the thing but not do this to it: answered 403.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
