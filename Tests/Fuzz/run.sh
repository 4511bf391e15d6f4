#!/usr/bin/env bash
# Runs one fuzz entry point built by Tests/Fuzz/build.sh for a number of seconds, at the lowest priority.
#
#   Tests/Fuzz/run.sh NAME SECONDS [more libFuzzer options]
#
# NAME is json, csv, xlsx, measure or budget. The corpus grows in .build/fuzz/corpus/NAME, seeded from the
# fixtures and the kept regression inputs (Tests/Fuzz/seeds.py); a crash, hang or leak is written to
# .build/fuzz/artifacts/NAME/. One line per run (entry point, seconds, executions, artifacts) is added to
# .build/fuzz/log.txt. Temporary files go to /dev/shm where there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: run.sh NAME SECONDS}
seconds=${2:?usage: run.sh NAME SECONDS}
shift 2
out=.build/fuzz
binary="$out/fuzz-$name"
[ -x "$binary" ] || { echo "no $binary: run Tests/Fuzz/build.sh $name first" >&2; exit 2; }
corpus="$out/corpus/$name"
seeds="$out/seeds/$name"
artifacts="$out/artifacts/$name"
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$artifacts"
python3 Tests/Fuzz/seeds.py "$name" "$seeds"
[ -d /dev/shm ] && export TMPDIR=/dev/shm
before=$(ls "$artifacts" | wc -l)
logfile="$out/run-$name-$(date -u +%Y%m%dT%H%M%S).log"
status=0
start=$(date +%s)
nice -n 19 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$corpus" "$seeds" >"$logfile" 2>&1 || status=$?
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logfile" | grep -o '[0-9]*$' || echo "?")
elapsed=$(( $(date +%s) - start ))
found=$(( $(ls "$artifacts" | wc -l) - before ))
line="$(date -u +%FT%TZ) $name seconds=$elapsed executions=$executions new-artifacts=$found exit=$status"
echo "$line" | tee -a "$out/log.txt"
[ "$status" -eq 0 ] || { tail -40 "$logfile"; ls -t "$artifacts" | head -3; }
exit "$status"
