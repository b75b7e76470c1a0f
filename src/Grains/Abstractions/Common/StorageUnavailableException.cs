namespace Incubator.Common;

/// <summary>
/// A grain call failed because PostgreSQL could not be reached for a moment (restarting, connections reset). Silos
/// raise it in place of the driver's exception, which Orleans cannot carry back to the caller; the Client answers 503
/// with Retry-After. <see cref="Exception.Message"/> is the driver's, for logs only.
/// </summary>
[GenerateSerializer, Alias("Incubator.StorageUnavailableException")]
public sealed class StorageUnavailableException(string message) : Exception(message);
