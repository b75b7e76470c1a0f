namespace Incubator.Client.Infrastructure;

/// <summary>
/// How a DTO declares its map (a nested <c>Mapping : DtoMap&lt;Record, Dto&gt;</c>): grain record to DTO, limited to
/// <see cref="MappingSetup.MaxDepth"/>, so no map can leave the depth out.
/// </summary>
public abstract class DtoMap<TSource, TDto> : Profile
{
    protected DtoMap() => CreateMap<TSource, TDto>().MaxDepth(MappingSetup.MaxDepth);
}
