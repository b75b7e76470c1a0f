namespace Incubator.Common;

/// <summary>One page of a longer list, with the total so the caller can page on.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Page`1")]
public sealed record class Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount);
