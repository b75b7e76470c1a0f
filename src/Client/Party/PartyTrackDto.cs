using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Party;

namespace Incubator.Client.Party;

public sealed record class PartyTrackDto(
    int FormalPartyMembers,
    PartyBranchForm BranchForm,
    string? InstructorName,
    bool OrganizationCoverage,
    bool WorkCoverage,
    IReadOnlyList<CheckpointDto> Checkpoints)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<PartyTrack, PartyTrackDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class CheckpointDto(
    Guid Id,
    CheckpointKind Kind,
    DateTimeOffset DueAt,
    CheckpointStatus Status,
    bool? Met,
    string? Note,
    string? CompletedBy,
    DateTimeOffset? CompletedAt)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Checkpoint, CheckpointDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class CheckpointPlanDto(int FirstAfterDays, int IntervalDays, int BeforeGraduationDays)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CheckpointPlan, CheckpointPlanDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
