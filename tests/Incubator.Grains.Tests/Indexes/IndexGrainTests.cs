using Incubator.Bookings;
using Incubator.Cohorts;
using Incubator.Indexes;
using Incubator.Schema;
using Incubator.Testing;
using Incubator.Training;
using Incubator.Venues;
using Npgsql;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class IndexGrainTests(GrainClusterFixture fixture)
{
    private const string Migration = "Incubator.Schema.Scripts.0011_index_grains.sql";

    [Fact]
    public async Task AnUpsertReplacesTheRowWithItsIdAndARemovalTakesItAway()
    {
        var index = fixture.Grains.Index<AttendedSession>(TrainingRecordKeys.Person($"worker-{Guid.NewGuid():N}"));
        var first = Session(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), 2m);
        var second = Session(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero), 3m);
        await index.UpsertAsync(first);
        await index.UpsertAsync(second);
        await index.UpsertAsync(first with { Hours = 2.5m });

        Assert.Equal([(second.SessionId, 3m), (first.SessionId, 2.5m)], (await index.ListAsync()).Select(s => (s.SessionId, s.Hours)));

        await index.RemoveAsync(second.SessionId);
        await index.RemoveAsync(Guid.NewGuid());

        Assert.Equal([first.SessionId], (await index.ListAsync()).Select(s => s.SessionId));
    }

    [Fact]
    public async Task IndexesOfDifferentRowsUnderOneOwnerAreSeparateStoredRows()
    {
        var incubatorId = Guid.NewGuid();
        await fixture.Grains.Index<CohortSummary>(incubatorId).UpsertAsync(new CohortSummary(
            Guid.NewGuid(), incubatorId, "2026年第一批", new DateOnly(2026, 3, 4), new DateOnly(2026, 4, 3), 10, 12, 0, 0, 0));
        await fixture.Grains.Index<CourseRecord>(incubatorId).UpsertAsync(new CourseRecord(
            Guid.NewGuid(), incubatorId, "财务管理", "财务", "社会组织财务制度与报表", 4m, fixture.Time.GetUtcNow(), "李经理", 0));

        var (n0, n1) = GuidKey(incubatorId);
        Assert.Equal(
            ["incubatorCohorts", "incubatorCourses"],
            await StringsAsync(
                "SELECT grain_type FROM orleans.grain_state WHERE service_id = @service AND grain_id_n0 = @n0 AND grain_id_n1 = @n1 AND grain_id_extension = '' ORDER BY grain_type",
                ("service", fixture.ServiceId), ("n0", n0), ("n1", n1)));
        Assert.Empty(await fixture.Grains.Index<SpaceRecord>(incubatorId).ListAsync());
    }

    /// <summary>
    /// Rows as the five list grains stored them (payloads captured from their last build), under their keys, rewritten
    /// by migration 0011 the way an upgrade runs it, then listed and written through the index grain.
    /// </summary>
    [Fact]
    public async Task RowsTheOldListGrainsStoredAreListedAfterMigration0011()
    {
        var incubatorId = Guid.NewGuid();
        var organizationId = Guid.NewGuid();
        var person = TrainingRecordKeys.Person($"worker-{Guid.NewGuid():N}");
        var (incubatorN0, incubatorN1) = GuidKey(incubatorId);
        var (organizationN0, organizationN1) = GuidKey(organizationId);
        var old = new[]
        {
            new StoredRow("incubatorCohorts", incubatorN0, incubatorN1, "", OldCohorts),
            new StoredRow("incubatorSpaces", incubatorN0, incubatorN1, "", OldSpaces),
            new StoredRow("incubatorCourses", incubatorN0, incubatorN1, "", OldCourses),
            new StoredRow("organizationBookings", organizationN0, organizationN1, "", OldBookings),
            new StoredRow("trainingRecord", 0, 0, person, OldTrainingRecord),
        };
        foreach (var row in old)
        {
            await InsertOldAsync(row with { OldPayload = row.OldPayload.Replace("@incubator", $"{incubatorId}").Replace("@organization", $"{organizationId}") });
        }

        // A row the index grain wrote before the upgrade is left as it is.
        var otherIncubatorId = Guid.NewGuid();
        await fixture.Grains.Index<CourseRecord>(otherIncubatorId).UpsertAsync(
            new CourseRecord(Guid.NewGuid(), otherIncubatorId, "项目设计", "项目", "", 2m, fixture.Time.GetUtcNow(), "李经理", 1));
        var (otherN0, otherN1) = GuidKey(otherIncubatorId);
        var current = new StoredRow("incubatorCourses", otherN0, otherN1, "", "");
        var currentBefore = await StoredAsync(current);

        Assert.Equal([Migration], await RerunMigrationAsync());

        foreach (var row in old)
        {
            var (payload, version) = await StoredAsync(row);
            Assert.Equal(4, version);
            Assert.StartsWith("{\"$id\":\"1\",\"$type\":\"Incubator.Indexes.IndexState`1[[", payload);
        }

        Assert.Equal(currentBefore, await StoredAsync(current));

        var cohorts = await fixture.Grains.Index<CohortSummary>(incubatorId).ListAsync();
        Assert.Equal(
            [(SecondCohortId, "2026年第二批", 3, 5, 1), (FirstCohortId, "2026年第一批", 0, 0, 0)],
            cohorts.Select(c => (c.Id, c.Name, c.PlacesTaken, c.ApplicationCount, c.WaitlistCount)));
        var space = Assert.Single(await fixture.Grains.Index<SpaceRecord>(incubatorId).ListAsync());
        Assert.Equal((SpaceId, SpaceKind.MeetingRoom, 20, 7, "白板"), (space.Id, space.Kind, space.Capacity, space.OpeningHours.Count, space.Equipment[1]));
        var course = Assert.Single(await fixture.Grains.Index<CourseRecord>(incubatorId).ListAsync());
        Assert.Equal((CourseId, "财务管理", 4.0m), (course.Id, course.Title, course.HoursPerSession));
        var booking = Assert.Single(await fixture.Grains.Index<BookingRecord>(organizationId).ListAsync());
        Assert.Equal(
            (BookingId, organizationId, new DateTimeOffset(2026, 4, 22, 1, 0, 0, TimeSpan.Zero)),
            (booking.Id, booking.OrganizationId, Assert.Single(booking.Occurrences).Start));
        var record = await fixture.Grains.TrainingRecordAsync(person);
        Assert.Equal((2.5m, "PX20260301-6C4EFB67"), (record.AttendedHours, Assert.Single(record.Sessions).CertificateNumber));

        // The index grain updates the same stored row, and writes it exactly as the migration left it.
        var migrated = new List<string>();
        foreach (var row in old)
        {
            migrated.Add((await StoredAsync(row)).Payload);
        }

        await fixture.Grains.Index<CohortSummary>(incubatorId).UpsertAsync(cohorts[0]);
        await fixture.Grains.Index<SpaceRecord>(incubatorId).UpsertAsync(space);
        await fixture.Grains.Index<CourseRecord>(incubatorId).UpsertAsync(course);
        await fixture.Grains.Index<BookingRecord>(organizationId).UpsertAsync(booking);
        await fixture.Grains.Index<AttendedSession>(person).UpsertAsync(record.Sessions[0]);
        foreach (var (row, payload) in old.Zip(migrated))
        {
            Assert.Equal((payload, 5), await StoredAsync(row));
        }
    }

    private static readonly Guid FirstCohortId = Guid.Parse("58c15a72-cc2e-4b19-a006-2ce0c75041b0");
    private static readonly Guid SecondCohortId = Guid.Parse("0d9e51d3-54a1-4c44-9d0c-2f5b8f6a7e11");
    private static readonly Guid SpaceId = Guid.Parse("e3bb4e12-9075-48d0-8030-cbe649fcdadc");
    private static readonly Guid CourseId = Guid.Parse("4b5990a5-00ed-4407-be76-7dd9ce0737f2");
    private static readonly Guid BookingId = Guid.Parse("9719a6a7-3c0b-4744-a31c-2ec398cab8e2");

    // Newtonsoft with type names, reference ids and default values left out, as the AdoNet storage writes it; @incubator and
    // @organization stand for the owners' ids.
    private const string OldCohorts = """
        {"$id":"1","$type":"Incubator.Cohorts.IncubatorCohortsState, Incubator.Grains","Cohorts":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Cohorts.CohortSummary, Incubator.Grains.Abstractions]], System.Private.CoreLib","58c15a72-cc2e-4b19-a006-2ce0c75041b0":{"$id":"3","$type":"Incubator.Cohorts.CohortSummary, Incubator.Grains.Abstractions","Id":"58c15a72-cc2e-4b19-a006-2ce0c75041b0","IncubatorId":"@incubator","Name":"2026年第一批","IntakeOpensOn":"2026-03-04","IntakeClosesOn":"2026-04-03","Capacity":10,"IncubationMonths":12},"0d9e51d3-54a1-4c44-9d0c-2f5b8f6a7e11":{"$id":"4","$type":"Incubator.Cohorts.CohortSummary, Incubator.Grains.Abstractions","Id":"0d9e51d3-54a1-4c44-9d0c-2f5b8f6a7e11","IncubatorId":"@incubator","Name":"2026年第二批","IntakeOpensOn":"2026-09-01","IntakeClosesOn":"2026-09-30","Capacity":8,"IncubationMonths":12,"PlacesTaken":3,"ApplicationCount":5,"WaitlistCount":1}}}
        """;

    private const string OldSpaces = """
        {"$id":"1","$type":"Incubator.Venues.IncubatorSpacesState, Incubator.Grains","Spaces":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Venues.SpaceRecord, Incubator.Grains.Abstractions]], System.Private.CoreLib","e3bb4e12-9075-48d0-8030-cbe649fcdadc":{"$id":"3","$type":"Incubator.Venues.SpaceRecord, Incubator.Grains.Abstractions","Id":"e3bb4e12-9075-48d0-8030-cbe649fcdadc","IncubatorId":"@incubator","IncubatorName":"孵化园","DistrictId":"81aaa2e4-a6ad-4fec-95a3-3856884275b5","Kind":2,"Name":"多功能会议室","Capacity":20,"OpeningHours":{"$type":"Incubator.Venues.DailyHours[], Incubator.Grains.Abstractions","$values":[{"$id":"4","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":1,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"5","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":2,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"6","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":3,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"7","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":4,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"8","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":5,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"9","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Day":6,"Opens":"07:00:00","Closes":"22:00:00"},{"$id":"10","$type":"Incubator.Venues.DailyHours, Incubator.Grains.Abstractions","Opens":"07:00:00","Closes":"22:00:00"}]},"Equipment":{"$type":"System.String[], System.Private.CoreLib","$values":["投影仪","白板"]},"CheckInGraceMinutes":15,"TimeZoneId":"Asia/Shanghai","CreatedAt":"2026-04-13T08:00:00+00:00","CreatedBy":"李经理"}}}
        """;

    private const string OldCourses = """
        {"$id":"1","$type":"Incubator.Training.IncubatorCoursesState, Incubator.Grains","Courses":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Training.CourseRecord, Incubator.Grains.Abstractions]], System.Private.CoreLib","4b5990a5-00ed-4407-be76-7dd9ce0737f2":{"$id":"3","$type":"Incubator.Training.CourseRecord, Incubator.Grains.Abstractions","Id":"4b5990a5-00ed-4407-be76-7dd9ce0737f2","IncubatorId":"@incubator","Title":"财务管理","Topic":"财务","Description":"社会组织财务制度与报表","HoursPerSession":4.0,"CreatedAt":"2026-03-01T08:00:00+00:00","CreatedBy":"李经理"}}}
        """;

    private const string OldBookings = """
        {"$id":"1","$type":"Incubator.Bookings.OrganizationBookingsState, Incubator.Grains","Bookings":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Bookings.BookingRecord, Incubator.Grains.Abstractions]], System.Private.CoreLib","9719a6a7-3c0b-4744-a31c-2ec398cab8e2":{"$id":"3","$type":"Incubator.Bookings.BookingRecord, Incubator.Grains.Abstractions","Id":"9719a6a7-3c0b-4744-a31c-2ec398cab8e2","SpaceId":"e3bb4e12-9075-48d0-8030-cbe649fcdadc","SpaceName":"多功能会议室","IncubatorId":"@incubator","OrganizationId":"@organization","OrganizationName":"社区服务社","Purpose":"理事会会议","RequestedAt":"2026-04-16T00:50:00+00:00","RequestedBy":"李经理","TimeZoneId":"Asia/Shanghai","Occurrences":{"$type":"Incubator.Bookings.BookingOccurrence[], Incubator.Grains.Abstractions","$values":[{"$id":"4","$type":"Incubator.Bookings.BookingOccurrence, Incubator.Grains.Abstractions","Start":"2026-04-22T01:00:00+00:00","End":"2026-04-22T02:00:00+00:00"}]}}}}
        """;

    private const string OldTrainingRecord = """
        {"$id":"1","$type":"Incubator.Training.TrainingRecordState, Incubator.Grains","Sessions":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Training.AttendedSession, Incubator.Grains.Abstractions]], System.Private.CoreLib","dc103dff-ea36-4f34-bd21-d7efa580c961":{"$id":"3","$type":"Incubator.Training.AttendedSession, Incubator.Grains.Abstractions","SessionId":"dc103dff-ea36-4f34-bd21-d7efa580c961","CourseId":"e99cd667-37ea-41bb-99db-0b170637850c","CourseTitle":"财务管理","Topic":"财务","StartsAt":"2026-03-01T07:00:00+00:00","Hours":2.5,"EnrollmentId":"6c4efb67-f57f-44ad-9bc3-8bf673bdaf73","CertificateNumber":"PX20260301-6C4EFB67"}}}
        """;

    private sealed record StoredRow(string StateName, long N0, long N1, string Extension, string OldPayload);

    private static AttendedSession Session(DateTimeOffset startsAt, decimal hours) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "财务管理", "财务", startsAt, hours, Guid.NewGuid(), $"PX-{Guid.NewGuid():N}");

    /// <summary>The key columns the AdoNet provider writes for a Guid key, as the Guid-keyed list grains had.</summary>
    private static (long N0, long N1) GuidKey(Guid id)
    {
        var bytes = id.ToByteArray();
        return (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
    }

    // The hashes are not part of a lookup (0002), so the old rows carry none.
    private async Task InsertOldAsync(StoredRow row) => await ExecuteAsync(
        """
        INSERT INTO orleans.grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version, modified_at)
        VALUES (@service, @type, @n0, @n1, @extension, 0, 0, @payload, 3, now())
        """,
        ("service", fixture.ServiceId), ("type", row.StateName), ("n0", row.N0), ("n1", row.N1), ("extension", row.Extension),
        ("payload", System.Text.Encoding.UTF8.GetBytes(row.OldPayload)));

    private async Task<(string Payload, int Version)> StoredAsync(StoredRow row)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(
            connection,
            "SELECT convert_from(payload, 'UTF8'), version FROM orleans.grain_state WHERE service_id = @service AND grain_type = @type AND grain_id_n0 = @n0 AND grain_id_n1 = @n1 AND grain_id_extension = @extension",
            ("service", fixture.ServiceId), ("type", row.StateName), ("n0", row.N0), ("n1", row.N1), ("extension", row.Extension));
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no stored {row.StateName} row");
        var stored = (reader.GetString(0), reader.GetInt32(1));
        Assert.False(await reader.ReadAsync());
        return stored;
    }

    /// <summary>Runs 0011 again on the fixture's database as an upgrade from 0010 would: by forgetting it was applied.</summary>
    private async Task<IReadOnlyList<string>> RerunMigrationAsync()
    {
        await ExecuteAsync("DELETE FROM public.incubator_schema_versions WHERE scriptname = @name", ("name", Migration));
        return SchemaMigrator.Upgrade(fixture.ConnectionString);
    }

    private async Task<IReadOnlyList<string>> StringsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
