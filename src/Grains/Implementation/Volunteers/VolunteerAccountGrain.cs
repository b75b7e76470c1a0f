using Incubator.Common;
using Incubator.SocialWorkers;

namespace Incubator.Volunteers;

/// <summary>The social workers' holder of a unique key, here for volunteer accounts: one activation per account serializes claims.</summary>
public sealed class VolunteerAccountGrain(
    [PersistentState("volunteerAccount", StorageNames.Incubator)] IPersistentState<HolderState> state) : HolderGrain(state), IVolunteerAccountGrain;
