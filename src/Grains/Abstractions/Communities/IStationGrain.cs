using Incubator.Common;
using Incubator.Venues;

namespace Incubator.Communities;

/// <summary>
/// One social-work station (社会工作服务站): definition, rooms and projects. Creates and reads spaces and reads
/// organizations; neither calls back.
/// </summary>
public interface IStationGrain : IGrainWithGuidKey
{
    Task<StationRecord> CreateAsync(DefineStation definition, Actor actor);

    Task<StationRecord> UpdateAsync(DefineStation definition, Actor actor);

    /// <summary>Null when no station was created under this id.</summary>
    Task<StationRecord?> GetAsync();

    /// <summary>Retires the station (kept for history; coverage no longer counts it), or brings it back.</summary>
    Task<StationRecord> SetRetiredAsync(bool retired, Actor actor);

    /// <summary>Creates a space at an incubator of one of the served communities and makes it a room of the station.</summary>
    Task<StationRecord> AddRoomAsync(Guid spaceId, DefineSpace room, Actor actor);

    /// <summary>Makes an existing space (of an incubator in a served community) a room of the station.</summary>
    Task<StationRecord> AttachRoomAsync(Guid spaceId, Actor actor);

    Task<StationProjectRecord> StartProjectAsync(Guid projectId, StartStationProject command, Actor actor);

    /// <summary>Records the project's next step; steps go in order and never before the previous step's date.</summary>
    Task<StationProjectRecord> RecordProjectStepAsync(RecordProjectStep command, Actor actor);
}
