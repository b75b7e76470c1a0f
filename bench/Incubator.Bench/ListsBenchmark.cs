using System.Diagnostics;
using System.Globalization;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Incubator.Bench;

/// <summary>
/// P4 (docs/benchmarks.md): list page, name search, credit-code lookup and pipeline at growing numbers of organizations.
/// Every organization is filed through its grain (some admitted, a third with a credit code), so the directory holds
/// exactly what production writes; queries go through the directory grain as the Client's services call it.
/// Arguments: --Sizes=1000,10000,100000 --Runs=5 --Queries=100 --Warmup=30 --Concurrency=32.
/// Prints a markdown table on stdout; progress goes to stderr.
/// </summary>
public static class ListsBenchmark
{
    // The measured incubator gets half of all organizations, the rest share three others in the same district.
    private const int Incubators = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var values = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var connectionString = values["ConnectionString"];
        int[] sizes = values.TryGetValue("Sizes", out var s) ? [.. s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture))] : [1000, 10000, 100000];
        var runs = Number("Runs", 5);
        var queries = Number("Queries", 100);
        var warmup = Number("Warmup", 30);
        var concurrency = Number("Concurrency", 32);

        Schema.SchemaMigrator.Upgrade(connectionString);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(serviceId: "incubator-bench-p4", clusterId: "incubator-bench-p4")
            .AddIncubatorGrains(connectionString));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        await using var db = NpgsqlDataSource.Create(connectionString);
        var actor = new Actor("bench", "Benchmark");

        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"基准区 {Guid.NewGuid():N}"[..12], AreaLevel.District, null, actor);
        var incubators = new List<Guid>();
        for (var i = 0; i < Incubators; i++)
        {
            incubators.Add((await geography.AddIncubatorAsync($"基准孵化园 {i} {Guid.NewGuid():N}"[..16], district.Id, actor)).Id);
        }

        var measured = incubators[0];
        var directory = grains.GetGrain<IOrganizationDirectoryGrain>(0);
        var names = new NameGenerator(20261202);
        var codes = new List<string>();
        var filed = 0;
        var results = new List<(int Size, string Query, double P50, double P95)>();
        foreach (var size in sizes)
        {
            var started = Stopwatch.GetTimestamp();
            var generated = await FileAsync(grains, incubators, names, filed, size, concurrency, actor, codes);
            filed = size;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"filed {generated} organizations through the grains in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s ({generated / Stopwatch.GetElapsedTime(started).TotalSeconds:0} /s); {size} in all"));
            // What autovacuum's analyze would do after a load this size; done at once so every size is measured alike.
            await using (var analyze = db.CreateCommand("ANALYZE incubator.organization_directory; ANALYZE incubator.organization_stage_counts"))
            {
                await analyze.ExecuteNonQueryAsync();
            }

            var middle = await MiddleCursorAsync(directory, measured);
            var random = new Random(size);
            var kinds = new (string Name, Func<Task> Run)[]
            {
                ("list, first page (one incubator, by name)", () => directory.SearchAsync(new OrganizationQuery([measured], null, OrganizationSort.Name, false, 1, 20))),
                ("list, a page in the middle (cursor)", () => directory.SearchAsync(new OrganizationQuery([measured], null, OrganizationSort.Name, false, 1, 20, middle))),
                ("list, newest first (all incubators)", () => directory.SearchAsync(new OrganizationQuery(null, null, OrganizationSort.FiledAt, true, 1, 20))),
                ("search 社区 (one incubator)", () => directory.SearchAsync(new OrganizationQuery([measured], "社区", OrganizationSort.Name, false, 1, 20))),
                ("search 养老服务中心 (one incubator)", () => directory.SearchAsync(new OrganizationQuery([measured], "养老服务中心", OrganizationSort.Name, false, 1, 20))),
                ("search elder (one incubator)", () => directory.SearchAsync(new OrganizationQuery([measured], "elder", OrganizationSort.Name, false, 1, 20))),
                ("credit-code lookup (all incubators)", () => directory.SearchAsync(new OrganizationQuery(null, codes[random.Next(codes.Count)], OrganizationSort.Name, false, 1, 20))),
                ("pipeline (district's incubators)", () => directory.StageCountsAsync(incubators)),
            };

            foreach (var kind in kinds)
            {
                for (var i = 0; i < warmup; i++)
                {
                    await kind.Run();
                }
            }

            var medians = kinds.ToDictionary(k => k.Name, _ => (P50: new List<double>(), P95: new List<double>()));
            for (var run = 0; run < runs; run++)
            {
                var samples = kinds.ToDictionary(k => k.Name, _ => new List<double>());
                // Interleaved, so that load from others on the machine falls on every query alike.
                for (var i = 0; i < queries; i++)
                {
                    foreach (var kind in kinds)
                    {
                        var at = Stopwatch.GetTimestamp();
                        await kind.Run();
                        samples[kind.Name].Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    }
                }

                foreach (var kind in kinds)
                {
                    medians[kind.Name].P50.Add(Stats.Median(samples[kind.Name]));
                    medians[kind.Name].P95.Add(Stats.Percentile(samples[kind.Name], 0.95));
                }
            }

            foreach (var kind in kinds)
            {
                var (p50, p95) = (Stats.Median(medians[kind.Name].P50), Stats.Median(medians[kind.Name].P95));
                results.Add((size, kind.Name, p50, p95));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,7}  {kind.Name,-45} p50 {p50,7:0.00} ms  p95 {p95,7:0.00} ms"));
            }
        }

        await host.StopAsync();
        if (Report(results, sizes, runs, queries))
        {
            return 0;
        }

        // The exit status tells bench/run.sh; the message tells the person reading its progress.
        Console.Error.WriteLine("P4 targets not met: a query's p95 is 50 ms or more at the largest size, or more than 1.5× its time at the smallest (see the table).");
        return 1;
    }

    /// <summary>Prints the table: per query and size the median over runs of p50 and p95, and p95 against the smallest size.</summary>
    private static bool Report(List<(int Size, string Query, double P50, double P95)> results, int[] sizes, int runs, int queries)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Milliseconds per query through the directory grain; median over {runs} runs of each run's p50 / p95 ({queries} queries per run and kind, interleaved)."));
        Console.WriteLine();
        Console.WriteLine("| query | " + string.Join(" | ", sizes.Select(s => string.Create(inv, $"{s:N0}: p50 / p95"))) + " | p95 ratio " + string.Join(", ", sizes.Skip(1).Select(s => string.Create(inv, $"{s / 1000}k/{sizes[0] / 1000}k"))) + " |");
        Console.WriteLine("|---|" + string.Concat(sizes.Select(_ => "---|")) + "---|");
        var met = true;
        foreach (var query in results.Select(r => r.Query).Distinct())
        {
            var row = results.Where(r => r.Query == query).ToDictionary(r => r.Size);
            var baseline = row[sizes[0]].P95;
            var ratios = sizes.Skip(1).Select(s => row[s].P95 / baseline).ToArray();
            met &= row[sizes[^1]].P95 < 50 && ratios[^1] <= 1.5;
            Console.WriteLine(string.Create(inv, $"| {query} | ") + string.Join(" | ", sizes.Select(s => string.Create(inv, $"{row[s].P50:0.00} / {row[s].P95:0.00}")))
                + " | " + string.Join(", ", ratios.Select(r => string.Create(inv, $"{r:0.00}"))) + " |");
        }

        return met;
    }

    private static async Task<int> FileAsync(
        IGrainFactory grains, List<Guid> incubators, NameGenerator names, int from, int to, int concurrency, Actor actor, List<string> codes)
    {
        var next = from;
        var newCodes = new List<string>();
        async Task WorkerAsync()
        {
            while (true)
            {
                var n = Interlocked.Increment(ref next) - 1;
                if (n >= to)
                {
                    return;
                }

                // Half at the measured incubator, the rest round the others.
                var incubator = n % 2 == 0 ? incubators[0] : incubators[1 + (n / 2 % (incubators.Count - 1))];
                var (name, code) = names.Next(n);
                var grain = grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
                await grain.FileAsync(new FileOrganization(incubator, name, (OrganizationCategory)(n % 4), [ServiceDomain.Other], "基准", "13800138000", code), actor);
                if (n % 5 == 0)
                {
                    await grain.AdmitAsync(new AdmitOrganization(AdmitOrganization.DefaultMonths), actor);
                }

                if (code is not null)
                {
                    lock (newCodes)
                    {
                        newCodes.Add(code);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        codes.AddRange(newCodes);
        return to - from;
    }

    // A cursor halfway down the measured incubator's list, found once by walking pages (not measured).
    private static async Task<string?> MiddleCursorAsync(IOrganizationDirectoryGrain directory, Guid incubator)
    {
        var first = await directory.SearchAsync(new OrganizationQuery([incubator], null, OrganizationSort.Name, false, 1, OrganizationQuery.MaxPageSize));
        var pages = (int)(first.TotalCount / OrganizationQuery.MaxPageSize / 2);
        var cursor = first.Next;
        for (var i = 1; i < pages && cursor is not null; i++)
        {
            cursor = (await directory.SearchAsync(new OrganizationQuery([incubator], null, OrganizationSort.Name, false, 1, OrganizationQuery.MaxPageSize, cursor))).Next;
        }

        // A cursor of the 100-row walk serves a 20-row page: cursors carry the row, not the page size.
        return cursor;
    }

    /// <summary>
    /// Names as the region's registers read: a place, often a setting (社区, 街道…), a service and a form, one in twenty
    /// in English; a third of the organizations carry a credit code.
    /// </summary>
    private sealed class NameGenerator(int seed)
    {
        private static readonly string[] Places = ["阳光", "东风", "新华", "和平", "幸福", "友谊", "长青", "春晖", "明德", "仁和", "安康", "启明", "希望", "晨曦", "同心", "金桥", "银杏", "翠湖", "青山", "绿水", "红星", "光明", "建设", "团结", "民族", "北辰", "南湖", "西城", "东城", "朝阳", "稀土", "昭君", "敕勒川", "大青山", "黄河", "草原", "白塔", "鹿城", "青城", "海勃湾"];
        private static readonly string[] Settings = ["社区", "街道", "邻里", "乡村", "楼栋", "园区", "校园", "家庭", "老年", "青少年", "", "", "", "", "", "", "", "", "", ""];
        private static readonly string[] Services = ["养老服务", "志愿者", "文化", "助残", "环保", "调解", "健康", "读书", "艺术", "体育", "心理", "法律援助", "儿童", "妇女", "就业", "托育", "社工", "禁毒", "慈善", "科普"];
        private static readonly string[] Forms = ["中心", "协会", "服务社", "互助会", "促进会", "工作室", "联合会", "服务队"];
        private static readonly string[] English = ["Sunshine Elder Care Center", "Green Future Association", "Harmony Youth Service", "Steppe Volunteer Team", "Bright Path Elder Services", "Hope Children Workshop", "Riverside Arts Society"];
        private readonly Random _random = new(seed);

        public (string Name, string? Code) Next(int n)
        {
            string name;
            string? code;
            lock (_random)
            {
                name = n % 20 == 7
                    ? $"{English[_random.Next(English.Length)]} {n}"
                    : $"{Places[_random.Next(Places.Length)]}{Settings[_random.Next(Settings.Length)]}{Services[_random.Next(Services.Length)]}{Forms[_random.Next(Forms.Length)]}";
                code = n % 3 == 0 ? NewCode() : null;
            }

            return (name, code);
        }

        private string NewCode()
        {
            var content = "51150100" + new string(Enumerable.Range(0, 9).Select(_ => CreditCode.Alphabet[_random.Next(31)]).ToArray());
            return content + CreditCode.CheckCharacter(content);
        }
    }
}
