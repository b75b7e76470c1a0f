using Incubator.Common;
using Incubator.SocialWorkers;
using Incubator.Testing;
using Npgsql;

namespace Incubator.Grains.Tests;

/// <summary>The hours API the proposals use: reservations raced from outside never over-commit a week.</summary>
[Collection(GrainTestCollection.Name)]
public sealed class SocialWorkerHoursTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task TwentySimultaneousReservationsNeverOverCommitAnyWeek()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 20);
        var start = SocialWorkerScenario.Today(fixture).AddDays(7);
        // Overlapping ranges of different lengths and sizes: together they ask far more than 20 hours in the middle weeks.
        var requests = Enumerable.Range(0, 20).Select(i => new ReserveHours(
            Guid.NewGuid(), 2 + i % 5, start.AddDays(i * 3), start.AddDays(i * 3 + 20 + i % 4 * 14))).ToArray();

        var outcomes = await Task.WhenAll(requests.Select(async request =>
        {
            try
            {
                await worker.ReserveHoursAsync(request);
                return (request, Refusal: (DomainException?)null);
            }
            catch (DomainException e)
            {
                return (request, Refusal: e);
            }
        }));

        var record = await worker.GetAsync();
        Assert.Equal(outcomes.Count(o => o.Refusal is null), record.Commitments.Count);
        Assert.Contains(outcomes, o => o.Refusal is null);
        Assert.Contains(outcomes, o => o.Refusal is not null);
        Assert.All(outcomes.Where(o => o.Refusal is not null), o => Assert.Equal(
            (DomainErrorKind.Conflict, "weeklyHours", ErrorCodes.SocialWorkerHoursOverCommitted), (o.Refusal!.Kind, o.Refusal.Field, o.Refusal.Code)));
        for (var monday = WeeklyHours.WeekOf(start); monday <= requests.Max(r => r.Until); monday = monday.AddDays(7))
        {
            Assert.True(WeeklyHours.CommittedIn(record.Commitments, monday) <= 20, $"week of {monday}: {WeeklyHours.CommittedIn(record.Commitments, monday)} hours");
        }

        // Commitments only grew after each refusal, so every refused request still does not fit: none was refused wrongly.
        foreach (var (request, _) in outcomes.Where(o => o.Refusal is not null))
        {
            var committed = WeeklyHours.PeakCommitted(
                [.. record.Commitments, new HoursCommitment(request.ProposalId, request.WeeklyHours, request.From, request.Until, CommitmentStatus.Reserved, default, null, null)],
                request.From, request.Until);
            Assert.True(committed.Hours > 20, $"{request} would have fitted");
        }

        var peak = WeeklyHours.PeakFrom(record.Commitments, SocialWorkerScenario.Today(fixture));
        Assert.Equal((20, peak), await ReadModelHoursAsync(record.Id));
        Assert.Equal(record.Commitments.Count, await ReadModelCommitmentsAsync(record.Id, holding: true));
    }

    [Fact]
    public async Task AReservationRepeatedForTheSameProposalCountsOnce()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 10);
        var from = SocialWorkerScenario.Today(fixture).AddDays(7);
        var proposal = new ReserveHours(Guid.NewGuid(), 6, from, from.AddDays(30));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => worker.ReserveHoursAsync(proposal)));
        await worker.ReserveHoursAsync(proposal);

        var record = await worker.GetAsync();
        Assert.Equal(6, Assert.Single(record.Commitments).WeeklyHours);
        Assert.Equal(6, record.CommittedInWeekOf(from));
        Assert.Equal(4, record.HoursLeftFrom(from));
    }

    [Fact]
    public async Task ReleasingFreesTheHoursForAnotherProposalAndIsIdempotent()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 10);
        var from = SocialWorkerScenario.Today(fixture).AddDays(7);
        var first = new ReserveHours(Guid.NewGuid(), 8, from, from.AddDays(27));
        var second = new ReserveHours(Guid.NewGuid(), 5, from.AddDays(14), from.AddDays(60));
        await worker.ReserveHoursAsync(first);
        var refused = await Assert.ThrowsAsync<DomainException>(() => worker.ReserveHoursAsync(second));
        Assert.Equal((DomainErrorKind.Conflict, "weeklyHours"), (refused.Kind, refused.Field));
        Assert.Contains(refused.Args, a => a is { Name: "committed", Value: "8" });

        await worker.ReleaseHoursAsync(first.ProposalId);
        await worker.ReleaseHoursAsync(first.ProposalId);
        await worker.ReleaseHoursAsync(Guid.NewGuid());
        await worker.ReserveHoursAsync(second);

        var record = await worker.GetAsync();
        Assert.Equal([CommitmentStatus.Released, CommitmentStatus.Reserved], record.Commitments.Select(c => c.Status));
        Assert.Equal(5, record.CommittedInWeekOf(from.AddDays(20)));
        Assert.Equal(0, record.CommittedInWeekOf(from));
        // A released proposal does not come back by repeating its reservation.
        var again = await Assert.ThrowsAsync<DomainException>(() => worker.ReserveHoursAsync(first));
        Assert.Equal(ErrorCodes.SocialWorkerProposalReleased, again.Code);
        Assert.Equal(1, await ReadModelCommitmentsAsync(record.Id, holding: true));
    }

    [Fact]
    public async Task ConfirmedHoursKeepCountingUntilReleased()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 10);
        var from = SocialWorkerScenario.Today(fixture).AddDays(7);
        var engagement = new ReserveHours(Guid.NewGuid(), 10, from, from.AddDays(13));
        await worker.ReserveHoursAsync(engagement);

        await worker.ConfirmHoursAsync(engagement.ProposalId);
        await worker.ConfirmHoursAsync(engagement.ProposalId);

        var confirmed = Assert.Single((await worker.GetAsync()).Commitments);
        Assert.Equal(CommitmentStatus.Confirmed, confirmed.Status);
        await Assert.ThrowsAsync<DomainException>(() => worker.ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 1, from, from)));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => worker.ConfirmHoursAsync(Guid.NewGuid()));
        Assert.Equal(DomainErrorKind.NotFound, unknown.Kind);
        await worker.ReleaseHoursAsync(engagement.ProposalId);
        await worker.ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 10, from, from));
    }

    [Fact]
    public async Task ASocialWorkerWhoLeftIsRefusedNewReservations()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 10);
        var today = SocialWorkerScenario.Today(fixture);
        var before = new ReserveHours(Guid.NewGuid(), 4, today.AddDays(7), today.AddDays(40));
        await worker.ReserveHoursAsync(before);

        await worker.LeaveAsync(today, Scenario.Manager);

        var refused = await Assert.ThrowsAsync<DomainException>(() => worker.ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 1, today.AddDays(7), today.AddDays(8))));
        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.SocialWorkerLeft), (refused.Kind, refused.Code));
        // The repeat of a reservation made before he left still answers as it did; releasing still works.
        await worker.ReserveHoursAsync(before);
        await worker.ReleaseHoursAsync(before.ProposalId);
        var record = await worker.GetAsync();
        Assert.Equal((SocialWorkerStatus.Left, today), (record.Status, record.LeftOn!.Value));
    }

    [Fact]
    public async Task BadReservationsNameTheFieldAndChangeNothing()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 10);
        var today = SocialWorkerScenario.Today(fixture);

        var invalid = await Assert.ThrowsAsync<DomainException>(() => worker.ReserveHoursAsync(new ReserveHours(Guid.Empty, 0, today, today.AddDays(-1))));

        Assert.Equal(["proposalId", "weeklyHours", "until"], invalid.Errors.Select(e => e.Field));
        Assert.Empty((await worker.GetAsync()).Commitments);
        var nobody = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid()).ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 1, today, today)));
        Assert.Equal(DomainErrorKind.NotFound, nobody.Kind);
    }

    private async Task<(int Available, int Committed)> ReadModelHoursAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT weekly_hours_available, weekly_hours_committed FROM incubator.social_workers WHERE social_worker_id = $1", connection);
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<int> ReadModelCommitmentsAsync(Guid id, bool holding)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM incubator.social_worker_commitments WHERE social_worker_id = $1 AND (status < 2) = $2", connection);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = holding });
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
