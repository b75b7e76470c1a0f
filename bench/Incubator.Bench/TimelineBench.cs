using System.Diagnostics;
using System.Globalization;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Party;
using Incubator.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Bench;

/// <summary>
/// Organization writes vs timeline length (docs/benchmarks.md, bench/p0-timeline.sh): prints medians and their ratio,
/// measured in one run; exit code 0 when the ratio is at most 1.2.
/// </summary>
internal static class TimelineBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var host = await BenchSilo.StartAsync(options.ConnectionString);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var timeline = host.Services.GetRequiredService<TimelineWriter>();
        var actor = new Actor("bench", "Benchmark");

        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"Bench district {Guid.NewGuid():N}", AreaLevel.District, null, actor);
        var incubator = await geography.AddIncubatorAsync($"Bench incubator {Guid.NewGuid():N}", district.Id, actor);

        // One organization per timeline length; the long ones get their history in batches, as rows other writes would have left.
        var organizations = new List<(int Length, IOrganizationGrain Grain)>();
        foreach (var length in options.Lengths)
        {
            var id = Guid.NewGuid();
            var grain = grains.GetGrain<IOrganizationGrain>(id);
            await grain.FileAsync(
                new FileOrganization(incubator.Id, $"Bench {length} {id:N}"[..30], OrganizationCategory.CommunityService, [ServiceDomain.Other], "Bench", "13800138000", null),
                actor);
            for (var written = 1; written < length; written += 500)
            {
                var batch = Enumerable.Range(0, Math.Min(500, length - written))
                    .Select(i => new PendingTimelineEntry(DateTimeOffset.UtcNow, TimelineAction.MilestoneAdded, actor, [TimelineArgument.Number(TimelineArgs.Number, written + i)]))
                    .ToArray();
                await timeline.AppendAsync(id, batch);
            }

            organizations.Add((length, grain));
        }

        // The measured write: a party-profile update writes the organization's state and appends one timeline entry.
        var profile = new UpdatePartyProfile(1, PartyBranchForm.JointBranch, null);
        async Task<double> WriteAsync(IOrganizationGrain grain)
        {
            var started = Stopwatch.GetTimestamp();
            await grain.UpdatePartyProfileAsync(profile, actor);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        foreach (var (_, grain) in organizations)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                await WriteAsync(grain);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timeline lengths {string.Join(", ", options.Lengths)}; {options.Runs} runs of {options.Writes} writes per organization, interleaved; milliseconds per write"));
        var medians = options.Lengths.ToDictionary(l => l, _ => new List<double>());
        for (var run = 1; run <= options.Runs; run++)
        {
            var samples = options.Lengths.ToDictionary(l => l, _ => new List<double>());
            // Interleaved, so drift on a shared machine falls on every length alike.
            for (var i = 0; i < options.Writes; i++)
            {
                foreach (var (length, grain) in organizations)
                {
                    samples[length].Add(await WriteAsync(grain));
                }
            }

            var line = string.Join("  ", options.Lengths.Select(l =>
            {
                var median = Stats.Median(samples[l]);
                medians[l].Add(median);
                return string.Create(CultureInfo.InvariantCulture, $"{l,5} entries: median {median:0.000} p90 {Stats.Percentile(samples[l], 0.9):0.000}");
            }));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {line}  ratio {Stats.Median(samples[options.Lengths[^1]]) / Stats.Median(samples[options.Lengths[0]]):0.000}"));
        }

        var shortest = Stats.Median(medians[options.Lengths[0]]);
        var longest = Stats.Median(medians[options.Lengths[^1]]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of run medians: {string.Join(", ", options.Lengths.Select(l => $"{l} entries {Stats.Median(medians[l]):0.000} ms"))}; ratio {options.Lengths[^1]}/{options.Lengths[0]} = {longest / shortest:0.000} (limit 1.2)"));
        await host.StopAsync();
        return longest / shortest <= 1.2 ? 0 : 1;
    }
}
