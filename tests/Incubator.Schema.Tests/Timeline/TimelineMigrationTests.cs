using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Schema.Tests;

/// <summary>0010 moves timelines out of organization grain state into incubator.timeline, keeping them readable.</summary>
public sealed class TimelineMigrationTests
{
    private const string ServiceId = "incubator-grain-tests";

    [Fact]
    public async Task TimelinesStoredInGrainStateAreMovedInOrderAndReadThroughTheTimeline()
    {
        var connectionString = TestDatabase.CreateEmpty("timeline");
        SchemaMigrator.Upgrade(connectionString, before: "0010");
        var organizationId = Guid.NewGuid();
        var untouchedId = Guid.NewGuid();
        var incubatorId = Guid.NewGuid();
        await GrainStateRows.InsertAsync(connectionString, ServiceId, "organization", organizationId, OldOrganizationState(incubatorId, """
            "Timeline":{"$type":"System.Collections.Generic.List`1[[Incubator.Organizations.TimelineEntry, Incubator.Grains.Abstractions]], System.Private.CoreLib","$values":[
              {"$id":"2","$type":"Incubator.Organizations.TimelineEntry, Incubator.Grains.Abstractions","At":"2026-02-01T08:00:00+00:00","ActorId":"manager-1","ActorName":"李经理","Detail":"Filed at incubator X as Filed, filing number BA20260301-1"},
              {"$id":"3","$type":"Incubator.Organizations.TimelineEntry, Incubator.Grains.Abstractions","At":"2026-02-02T09:30:00+00:00","ActorId":"manager-1","ActorName":"李经理","Action":1,"Detail":"Admitted for 12 months; graduation review due 2027-03-02"},
              {"$id":"4","$type":"Incubator.Organizations.TimelineEntry, Incubator.Grains.Abstractions","At":"2026-02-02T09:30:00+00:00","ActorId":"manager-1","ActorName":"李经理","Action":13,"Detail":"Co-incubation checkpoints due 2026-04-01"}]},
            """));
        // Another grain type with a member of the same name is not an organization's timeline.
        await GrainStateRows.InsertAsync(connectionString, ServiceId, "supportPlan", untouchedId, """{"$id":"1","Timeline":{"$values":[{"At":"2026-03-01T08:00:00+00:00","Detail":"x"}]}}""");

        Assert.Contains("Incubator.Schema.Scripts.0010_timeline.sql", SchemaMigrator.Upgrade(connectionString));

        // The fixture's domain clock starts on 2026-03-01, after the moved entries.
        var cluster = GrainClusterFixture.On(connectionString);
        await cluster.InitializeAsync();
        try
        {
            var timeline = await cluster.Grains.TimelineAsync(organizationId);
            Assert.Equal([TimelineAction.Filed, TimelineAction.Admitted, TimelineAction.CheckpointsScheduled], timeline.Select(e => e.Action));
            Assert.Equal("Admitted for 12 months; graduation review due 2027-03-02", timeline[1].Argument(TimelineArgs.Detail));
            Assert.All(timeline, e => Assert.Equal(("manager-1", "李经理", TimelineArgs.Detail), (e.ActorId, e.ActorName, Assert.Single(e.Arguments).Name)));
            Assert.Equal(new DateTimeOffset(2026, 2, 2, 9, 30, 0, TimeSpan.Zero), timeline[2].At);
            Assert.Empty(await cluster.Grains.TimelineAsync(untouchedId));

            // The old state still loads (its Timeline member is skipped), and the next write leaves it out.
            var organization = cluster.Grains.GetGrain<IOrganizationGrain>(organizationId);
            Assert.Equal(incubatorId, (await organization.GetAsync())!.IncubatorId);
            await organization.RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, new Common.Actor("manager-1", "李经理"));
            Assert.DoesNotContain("\"Timeline\"", (await GrainStateRows.ReadAsync(connectionString, "organization", organizationId))!.Value.Payload);
            Assert.Equal(TimelineAction.Registered, (await cluster.Grains.TimelineAsync(organizationId))[^1].Action);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    /// <summary>An organization's state as the storage wrote it before 0010 (Newtonsoft, type names, defaults left out).</summary>
    private static string OldOrganizationState(Guid incubatorId, string timelineMember) => $$$"""
        {"$id":"1","$type":"Incubator.Organizations.OrganizationState, Incubator.Grains","IncubatorId":"{{{incubatorId}}}","Name":"老数据社区服务社","Category":1,
        "ServiceDomains":{"$type":"System.Collections.Generic.List`1[[Incubator.Organizations.ServiceDomain, Incubator.Grains.Abstractions]], System.Private.CoreLib","$values":[0,6]},
        "ContactName":"张三","ContactPhone":"13912345678","FilingNumber":"BA20260301-1","FiledAt":"2026-03-01T08:00:00+00:00",
        {{{timelineMember}}}
        "ReviewItems":{"$type":"System.Collections.Generic.List`1[[Incubator.Organizations.RecordedReviewItem, Incubator.Grains]], System.Private.CoreLib","$values":[]},
        "Checkpoints":{"$type":"System.Collections.Generic.List`1[[Incubator.Organizations.CheckpointState, Incubator.Grains]], System.Private.CoreLib","$values":[]},
        "Tenures":{"$type":"System.Collections.Generic.List`1[[Incubator.HandOffs.IncubatorTenure, Incubator.Grains.Abstractions]], System.Private.CoreLib","$values":[]}}
        """;
}
