using Incubator.Common;
using Incubator.Organizations;
using Incubator.Testing;
using Npgsql;

namespace Incubator.Grains.Tests.Organizations;

/// <summary>The organization list of 0012: keyset pages, the gram search for Chinese names, stage counts kept by triggers.</summary>
[Collection(GrainTestCollection.Name)]
public sealed class DirectoryListTests(GrainClusterFixture fixture)
{
    private IOrganizationDirectoryGrain Directory => fixture.Grains.GetGrain<IOrganizationDirectoryGrain>(0);

    public static TheoryData<OrganizationSort, bool> Orderings() => new()
    {
        { OrganizationSort.Name, false }, { OrganizationSort.Name, true },
        { OrganizationSort.FiledAt, false }, { OrganizationSort.FiledAt, true },
        { OrganizationSort.Stage, false }, { OrganizationSort.Stage, true },
    };

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task PagesByCursorCoverTheListOnceInOrderBothWays(OrganizationSort sort, bool descending)
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var filed = await FileManyAsync(incubator.Id, 23);

        // One page holding everything is the order the pages must follow.
        var all = (await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, sort, descending, 1, 100))).Items.Select(o => o.Id).ToArray();
        Assert.Equal(filed.Order(), all.Order());
        var keys = (await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, sort, descending, 1, 100))).Items.Select(o => SortKey(sort, o)).ToArray();
        Assert.Equal(descending ? keys.OrderDescending(StringComparer.Ordinal) : keys.Order(StringComparer.Ordinal), keys);

        var pages = new List<OrganizationPage>();
        string? cursor = null;
        do
        {
            var page = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, sort, descending, 1, 4, cursor));
            Assert.Equal(23, page.TotalCount);
            Assert.False(page.TotalCountIsLowerBound);
            Assert.Equal(pages.Count > 0, page.Previous is not null);
            pages.Add(page);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(6, pages.Count);
        Assert.Equal(all, pages.SelectMany(p => p.Items).Select(o => o.Id));

        // Previous from the last page walks back through the same pages.
        var back = new List<OrganizationPage> { pages[^1] };
        cursor = pages[^1].Previous;
        while (cursor is not null)
        {
            var page = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, sort, descending, 1, 4, cursor));
            back.Insert(0, page);
            cursor = page.Previous;
        }

        Assert.Equal(pages.Select(p => p.Items.Select(o => o.Id).ToArray()), back.Select(p => p.Items.Select(o => o.Id).ToArray()));
    }

    [Fact]
    public async Task ACursorBelongsToItsOrdering()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        await FileManyAsync(incubator.Id, 3);
        var first = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 1, 2));

        var otherSort = await Assert.ThrowsAsync<DomainException>(() => Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.FiledAt, false, 1, 2, first.Next)));
        Assert.Contains(otherSort.Errors, e => e.Field == "cursor");
        var garbage = await Assert.ThrowsAsync<DomainException>(() => Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 1, 2, "not-a-cursor")));
        Assert.Contains(garbage.Errors, e => e.Field == "cursor");
        var withPage = await Assert.ThrowsAsync<DomainException>(() => Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 2, 2, first.Next)));
        Assert.Contains(withPage.Errors, e => e.Field == "page");
    }

    [Fact]
    public async Task ChineseSearchFindsTwoCharacterWordsInsideNames()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        string[] names = ["阳光社区养老服务中心", "东风街道志愿者协会", "新华社区文化服务社", "和平养老互助会", "Sunshine Elder Care", "社"];
        foreach (var name in names)
        {
            await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(incubator.Id) with { Name = name }, Scenario.Manager);
        }

        async Task<string[]> FindAsync(string text) =>
            (await Directory.SearchAsync(new OrganizationQuery([incubator.Id], text, OrganizationSort.Name, false, 1, 20))).Items.Select(o => o.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["新华社区文化服务社", "阳光社区养老服务中心"], await FindAsync("社区"));
        Assert.Equal(["和平养老互助会", "阳光社区养老服务中心"], await FindAsync("养老"));
        Assert.Equal(["阳光社区养老服务中心"], await FindAsync("社区养老"));
        Assert.Equal(["东风街道志愿者协会"], await FindAsync("志愿"));
        Assert.Equal(["新华社区文化服务社", "社", "阳光社区养老服务中心"], await FindAsync("社"));
        Assert.Equal(["Sunshine Elder Care"], await FindAsync("elder care"));
        // The pairs of "养老社区" are all in the first name, but not in that order.
        Assert.Empty(await FindAsync("区养老社"));
        Assert.Empty(await FindAsync("养老社区"));
    }

    [Fact]
    public async Task ASearchCountsUpToTheLimit()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var filed = await FileManyAsync(incubator.Id, 3);
        await using var db = NpgsqlDataSource.Create(fixture.ConnectionString);
        // Rows as any writer of the directory leaves them: the limit is about rows, not about how they were written.
        await using (var insert = db.CreateCommand("""
            INSERT INTO incubator.organization_directory (organization_id, incubator_id, name, filing_number, category, stage, filed_at, updated_at)
            SELECT gen_random_uuid(), $1, '批量社区组织 ' || i, 'BA20260301-' || lpad(i::text, 8, '0'), 0, 0, now(), now()
            FROM generate_series(1, 1005) AS i
            """))
        {
            insert.Parameters.Add(new() { Value = incubator.Id });
            await insert.ExecuteNonQueryAsync();
        }

        var many = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], "社区", OrganizationSort.Name, false, 1, 20));
        Assert.Equal((OrganizationQuery.CountLimit, true), (many.TotalCount, many.TotalCountIsLowerBound));
        var everything = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 1, 20));
        Assert.Equal((1008L, false), (everything.TotalCount, everything.TotalCountIsLowerBound));
        var few = await Directory.SearchAsync(new OrganizationQuery([incubator.Id], "批量社区组织 100", OrganizationSort.Name, false, 1, 20));
        Assert.Equal((7L, false), (few.TotalCount, few.TotalCountIsLowerBound)); // 100 and 1000-1005
        Assert.Equal(3, filed.Count);
    }

    [Fact]
    public async Task ASearchAtOneIncubatorFindsAndCountsOnlyItsOwnOrganizations()
    {
        var here = await Scenario.IncubatorAsync(fixture.Grains);
        var there = await Scenario.IncubatorAsync(fixture.Grains);
        await using var db = NpgsqlDataSource.Create(fixture.ConnectionString);
        // The same names, codes and filing numbers at both incubators (0016 keys the grams by incubator; codes are not).
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var insert = db.CreateCommand("""
            INSERT INTO incubator.organization_directory (organization_id, incubator_id, name, credit_code, filing_number, category, stage, filed_at, updated_at)
            SELECT gen_random_uuid(), incubator, name, NULL, 'BA' || $3 || '-' || incubator_no || '-' || i, 0, 0, now(), now()
            FROM (VALUES ($1::uuid, 1), ($2::uuid, 2)) AS at (incubator, incubator_no),
                 (VALUES (1, '阳光社区养老服务中心'), (2, 'Sunshine Elder Care'), (3, '新华社区文化服务社')) AS n (i, name)
            """))
        {
            insert.Parameters.Add(new() { Value = here.Id });
            insert.Parameters.Add(new() { Value = there.Id });
            insert.Parameters.Add(new() { Value = tag });
            await insert.ExecuteNonQueryAsync();
        }

        // Names joined, so that the pair compares by value.
        async Task<(string Names, long Total)> FindAsync(IReadOnlyList<Guid> incubators, string text)
        {
            var page = await Directory.SearchAsync(new OrganizationQuery(incubators, text, OrganizationSort.Name, false, 1, 20));
            Assert.False(page.TotalCountIsLowerBound);
            Assert.All(page.Items, o => Assert.Contains(o.IncubatorId, incubators));
            return (string.Join(", ", page.Items.Select(o => o.Name).Order(StringComparer.Ordinal)), page.TotalCount);
        }

        Assert.Equal(("新华社区文化服务社, 阳光社区养老服务中心", 2L), await FindAsync([here.Id], "社区"));
        Assert.Equal(("阳光社区养老服务中心", 1L), await FindAsync([there.Id], "养老服务中心"));
        Assert.Equal(("Sunshine Elder Care", 1L), await FindAsync([here.Id], "elder"));
        // By the start of the filing number: the count keeps to the incubator too.
        Assert.Equal(("Sunshine Elder Care", 1L), await FindAsync([there.Id], $"ba{tag}-2-2"));
        Assert.Equal(("", 0L), await FindAsync([here.Id], $"BA{tag}-2"));
        Assert.Equal(3L, (await FindAsync([here.Id], $"BA{tag}-1")).Total);
        // Several incubators search through the grams of the whole directory.
        Assert.Equal(("阳光社区养老服务中心, 阳光社区养老服务中心", 2L), await FindAsync([here.Id, there.Id], "养老"));

        // An organization that moves takes its grams along (they are generated from the row).
        await using (var move = db.CreateCommand("UPDATE incubator.organization_directory SET incubator_id = $1 WHERE incubator_id = $2 AND name = 'Sunshine Elder Care'"))
        {
            move.Parameters.Add(new() { Value = here.Id });
            move.Parameters.Add(new() { Value = there.Id });
            await move.ExecuteNonQueryAsync();
        }

        Assert.Equal(("Sunshine Elder Care, Sunshine Elder Care", 2L), await FindAsync([here.Id], "elder"));
        Assert.Equal(("", 0L), await FindAsync([there.Id], "elder"));
    }

    [Fact]
    public async Task StageCountsMatchAGroupByHoweverTheDirectoryIsWritten()
    {
        var first = await Scenario.IncubatorAsync(fixture.Grains);
        var second = await Scenario.IncubatorAsync(fixture.Grains);
        var atFirst = await FileManyAsync(first.Id, 7);
        var atSecond = await FileManyAsync(second.Id, 4);
        await fixture.Grains.GetGrain<IOrganizationGrain>(atSecond[0]).ExitAsync("不再参与", Scenario.Manager);
        await fixture.Grains.GetGrain<IOrganizationGrain>(atSecond[1]).RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);
        await AssertCountsMatchAsync(first.Id, second.Id);

        await using var db = NpgsqlDataSource.Create(fixture.ConnectionString);
        async Task ExecuteAsync(string sql, params object[] values)
        {
            await using var command = db.CreateCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new() { Value = value });
            }

            await command.ExecuteNonQueryAsync();
        }

        // One statement moving many rows between stages and incubators, one deleting, one inserting several.
        await ExecuteAsync("UPDATE incubator.organization_directory SET stage = (stage + 2) % 7 WHERE organization_id = ANY($1)", atFirst.Take(4).ToArray());
        await ExecuteAsync("UPDATE incubator.organization_directory SET incubator_id = $1 WHERE organization_id = ANY($2)", second.Id, atFirst.Skip(4).Take(2).ToArray());
        await ExecuteAsync("DELETE FROM incubator.organization_directory WHERE organization_id = $1", atSecond[3]);
        await ExecuteAsync("""
            INSERT INTO incubator.organization_directory (organization_id, incubator_id, name, filing_number, category, stage, filed_at, updated_at)
            SELECT gen_random_uuid(), $1, '批量 ' || i, 'BA-' || i, 0, i % 3, now(), now() FROM generate_series(1, 9) AS i
            """, first.Id);
        await AssertCountsMatchAsync(first.Id, second.Id);

        // Simultaneous single-row moves back and forth between two stages, as grains write: no deadlock, no lost count.
        var moves = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                var id = atFirst[(worker + i) % atFirst.Count];
                await ExecuteAsync("UPDATE incubator.organization_directory SET stage = CASE WHEN stage = 1 THEN 3 ELSE 1 END WHERE organization_id = $1", id);
            }
        }));
        await Task.WhenAll(moves);
        await AssertCountsMatchAsync(first.Id, second.Id);
    }

    private async Task AssertCountsMatchAsync(params Guid[] incubators)
    {
        var kept = (await Directory.StageCountsAsync(incubators)).Select(c => (c.IncubatorId, c.Stage, c.Count)).Order().ToArray();

        await using var db = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = db.CreateCommand("""
            SELECT incubator_id, stage, count(*) FROM incubator.organization_directory WHERE incubator_id = ANY($1) GROUP BY 1, 2
            """);
        command.Parameters.Add(new() { Value = incubators });
        var grouped = new List<(Guid, OrganizationStage, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            grouped.Add((reader.GetGuid(0), (OrganizationStage)reader.GetInt16(1), reader.GetInt64(2)));
        }

        Assert.NotEmpty(grouped);
        Assert.Equal(grouped.Order().ToArray(), kept);
    }

    /// <summary>Organizations with repeated names, filing times and stages, so that every sort has ties to break.</summary>
    private async Task<List<Guid>> FileManyAsync(Guid incubatorId, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);
            await grain.FileAsync(Scenario.Filing(incubatorId) with { Name = $"社区组织 {i % 5}" }, Scenario.Manager);
            if (i % 3 == 0)
            {
                await grain.AdmitAsync(new AdmitOrganization(AdmitOrganization.DefaultMonths), Scenario.Manager);
            }

            if (i % 2 == 1)
            {
                fixture.Time.Advance(TimeSpan.FromMinutes(1));
            }

            ids.Add(id);
        }

        return ids;
    }

    private static string SortKey(OrganizationSort sort, OrganizationSummary row) => sort switch
    {
        OrganizationSort.FiledAt => row.FiledAt.UtcTicks.ToString("D20", System.Globalization.CultureInfo.InvariantCulture),
        OrganizationSort.Stage => ((int)row.Stage).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
        _ => row.Name,
    };
}
