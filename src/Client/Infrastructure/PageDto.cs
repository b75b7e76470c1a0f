namespace Incubator.Client.Infrastructure;

/// <summary>A page of DTOs; built by <see cref="MapperExtensions.MapPage{TSource, TDto}"/>.</summary>
public sealed record class PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);
