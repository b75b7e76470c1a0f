namespace Incubator.Common;

/// <summary>Names the silo registers its grain storage under.</summary>
public static class StorageNames
{
    /// <summary>The AdoNet grain storage on PostgreSQL that holds every grain's state.</summary>
    public const string Incubator = "incubator";
}
