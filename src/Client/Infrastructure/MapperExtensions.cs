
namespace Incubator.Client.Infrastructure;

public static class MapperExtensions
{
    public static PageDto<TDto> MapPage<TSource, TDto>(this IMapper mapper, Page<TSource> page) =>
        new(mapper.Map<IReadOnlyList<TDto>>(page.Items), page.PageNumber, page.PageSize, page.TotalCount);
}
