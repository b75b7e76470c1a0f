using Incubator.Common;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.SocialWorkers;

/// <summary>Writes incubator.social_workers and incubator.social_worker_commitments (0022) from the social worker's grain.</summary>
public sealed class SocialWorkerReadModel(ReadModelDataSource readModel)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    /// <summary>The row and its commitments, in one statement; <paramref name="today"/> is where the committed peak is counted from.</summary>
    public async Task UpsertAsync(SocialWorkerRecord record, DateOnly today)
    {
        await using var command = _db.CreateCommand("""
            WITH worker AS (
                INSERT INTO incubator.social_workers
                    (social_worker_id, name, employer_organization_id, district_id, community_ids, station_ids, skills,
                     certification_level, certificate_number, certified_on, status, left_on, weekly_hours_available,
                     weekly_hours_committed, account_user_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                ON CONFLICT (social_worker_id) DO UPDATE SET
                    name = excluded.name, employer_organization_id = excluded.employer_organization_id,
                    district_id = excluded.district_id, community_ids = excluded.community_ids, station_ids = excluded.station_ids,
                    skills = excluded.skills, certification_level = excluded.certification_level,
                    certificate_number = excluded.certificate_number, certified_on = excluded.certified_on,
                    status = excluded.status, left_on = excluded.left_on,
                    weekly_hours_available = excluded.weekly_hours_available,
                    weekly_hours_committed = excluded.weekly_hours_committed, account_user_id = excluded.account_user_id
                RETURNING social_worker_id
            ), commitments AS (
                SELECT * FROM unnest($16::uuid[], $17::int[], $18::date[], $19::date[], $20::smallint[])
                    AS c(proposal_id, weekly_hours, from_on, until_on, status)
            )
            INSERT INTO incubator.social_worker_commitments (social_worker_id, proposal_id, weekly_hours, from_on, until_on, status)
            SELECT worker.social_worker_id, c.proposal_id, c.weekly_hours, c.from_on, c.until_on, c.status FROM worker, commitments c
            ON CONFLICT (social_worker_id, proposal_id) DO UPDATE SET
                weekly_hours = excluded.weekly_hours, from_on = excluded.from_on, until_on = excluded.until_on, status = excluded.status
            """);
        var certification = record.Certification;
        var commitments = record.Commitments;
        Add(command, record.Id);
        Add(command, record.Name);
        Add(command, record.EmployerOrganizationId, NpgsqlDbType.Uuid);
        Add(command, record.DistrictId);
        Add(command, record.CommunityIds.ToArray());
        Add(command, record.StationIds.ToArray());
        Add(command, record.Skills.Select(s => (int)s).ToArray());
        Add(command, certification is null ? null : (short)certification.Level, NpgsqlDbType.Smallint);
        Add(command, certification?.CertificateNumber, NpgsqlDbType.Text);
        Add(command, certification?.CertifiedOn, NpgsqlDbType.Date);
        Add(command, (short)record.Status);
        Add(command, record.LeftOn, NpgsqlDbType.Date);
        Add(command, record.WeeklyHoursAvailable);
        Add(command, WeeklyHours.PeakFrom(commitments, today));
        Add(command, record.AccountUserId, NpgsqlDbType.Text);
        Add(command, commitments.Select(c => c.ProposalId).ToArray());
        Add(command, commitments.Select(c => c.WeeklyHours).ToArray());
        Add(command, commitments.Select(c => c.From).ToArray());
        Add(command, commitments.Select(c => c.Until).ToArray());
        Add(command, commitments.Select(c => (short)c.Status).ToArray());
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(NpgsqlCommand command, object value) => command.Parameters.Add(new() { Value = value });

    private static void Add(NpgsqlCommand command, object? value, NpgsqlDbType type) =>
        command.Parameters.Add(new() { Value = value ?? DBNull.Value, NpgsqlDbType = type });
}
