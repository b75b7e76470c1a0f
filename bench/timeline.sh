#!/usr/bin/env bash
# Kept for the command in older notes: the timeline benchmark is bench/p0-timeline.sh (section P0 of bench/run.sh).
exec "$(dirname "$0")/p0-timeline.sh" "$@"
