#!/usr/bin/env bash
# P7: memory per active organization grain at 10,000 activations: an in-process silo (production grain setup) files
# the organizations, lets Orleans deactivate them, then reads every one again; managed heap (after a full GC) and
# process RSS before and after, divided by the activations counted by the management grain.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$bench_root"

activations=$(quick_or 1000 10000)
bench_start_work p7
bench_build_tool
bench_pg_up
bench_createdb incubator_bench
load=$(bench_load)
out=$(bench_tool --ConnectionString="$(bench_connection incubator_bench)" --Mode=memory --Activations="$activations")
log "$out"
v() { value "$1" <<<"$out"; }

bench_section_head "P7 Memory per active organization grain" "bench/run.sh p7"
echo "$activations organizations filed through the grains, deactivated (\`IManagementGrain.ForceActivationCollection\`), then each"
echo "read once (activation + state read from PostgreSQL). One run: the figure is a division of two large numbers, not a"
echo "timing. Load at start: $load."
echo
echo "| | before | after $(v activations) activations | per grain |"
echo "|---|---|---|---|"
echo "| managed heap (after full GC) | $(v heap_before_mb) MB | $(v heap_after_mb) MB | **$(v heap_per_grain_kb) KB** |"
echo "| process RSS | $(v rss_before_mb) MB | $(v rss_after_mb) MB | $(v rss_per_grain_kb) KB |"
echo
echo "Organization activations left before the reads: $(v activations_before). No target in issue 8: at 13,664 organizations (a"
echo "whole region) all active, the heap figure times 13,664 is what one silo holds for them."
echo
