#!/usr/bin/env bash
# The garbage collector table of docs/performance.md, side by side in one run: publishes the site once (Release),
# builds one store artifact from content/, then for each GC setting starts a fresh instance on that artifact, warms it
# up, loads it with wrk for LOAD_SECONDS (mixed.lua: pages, search, the API, a briefing, an export, a citation),
# reads its resident set (VmRSS), leaves it idle for IDLE_SECONDS and reads it again. Prints one Markdown row per
# setting, with the load average of the machine when each setting ran (client and server share the cores).
#
#   tests/LpipEvidence.Benchmarks/Load/gc-table.sh                    # a minute of load and a minute of idle each
#   LOAD_SECONDS=20 IDLE_SECONDS=20 CONNECTIONS=20 tests/LpipEvidence.Benchmarks/Load/gc-table.sh
#   ONLY="server workstation" tests/LpipEvidence.Benchmarks/Load/gc-table.sh   # some settings only
#
# Needs the .NET 10 SDK and wrk. Everything it starts listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail

LOAD_SECONDS=${LOAD_SECONDS:-60}
IDLE_SECONDS=${IDLE_SECONDS:-60}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}

# name | environment for the instance | what it is (the table's first column)
SETTINGS=(
  "server|DOTNET_gcServer=1|Server (the default for a web app; .NET 10 adapts its heap count: DATAS)"
  "server-no-datas|DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0|Server, heap count fixed at one per core (\`GCDynamicAdaptationMode=0\`)"
  "server-conserve|DOTNET_gcServer=1 DOTNET_GCConserveMemory=7|Server + \`GCConserveMemory=7\`"
  "server-limit|DOTNET_gcServer=1 DOTNET_GCHeapHardLimit=0xC800000|Server + \`GCHeapHardLimit\` 200 MiB"
  "workstation|DOTNET_gcServer=0 DOTNET_gcConcurrent=1|Workstation, concurrent (\`DOTNET_gcServer=0\`)"
  # What the GC cannot reclaim: the search-by-meaning model is native memory (ONNX Runtime), loaded by the first query.
  "server-words-only|DOTNET_gcServer=1 Search__Meaning=false|Server, search by meaning off (\`Search:Meaning=false\`): the model's share"
)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d /tmp/lpip-gc.XXXXXX)
APP_PID=""
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
cleanup() {
  if [[ -n "$APP_PID" ]]; then kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || { log "wrk is needed: apt-get install -y wrk"; exit 1; }
PORT=$((40000 + RANDOM % 10000))
BASE="http://127.0.0.1:$PORT"

log "publishing src/LpipEvidence.Web (Release, linux-x64) to $WORK/app"
dotnet publish "$REPO/src/LpipEvidence.Web" -c Release -r linux-x64 --self-contained false -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log"; exit 1; }
log "building the store artifact from content/"
dotnet "$WORK/app/LpipEvidence.Web.dll" import --content "$REPO/content" --output "$WORK/artifact/evidence.db" >"$WORK/import.log" 2>&1 \
  || { cat "$WORK/import.log"; exit 1; }

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

printf '| GC | RSS after %d s of load | RSS after %d s idle | requests/s | p50 | p99 | non-2xx or errors | load average (1, 5, 15 min) |\n' "$LOAD_SECONDS" "$IDLE_SECONDS"
printf '|---|---|---|---|---|---|---|---|\n'
for setting in "${SETTINGS[@]}"; do
  IFS='|' read -r name environment label <<<"$setting"
  if [[ -n "${ONLY:-}" && " $ONLY " != *" $name "* ]]; then continue; fi
  log "$name: starting ($environment)"
  # shellcheck disable=SC2086 # the setting's environment is a list of NAME=value words
  (cd "$WORK/app" && exec env $environment ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
    Store__Artifact="$WORK/artifact/evidence.db" RateLimits__Enabled=false DataProtection__KeyFolder="$WORK/keys" \
    dotnet LpipEvidence.Web.dll >"$WORK/$name.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -fsS --max-time 5 -o /dev/null "$BASE/health/ready" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/$name.log"; exit 1; }
    sleep 0.5
  done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -s "$HERE/mixed.lua" "$BASE" >/dev/null 2>&1
  started_load=$(load_average)
  log "$name: ${LOAD_SECONDS}s of load"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 10s --latency -s "$HERE/mixed.lua" "$BASE" >"$WORK/$name.wrk" 2>&1
  after_load=$(rss_mb "$APP_PID")
  log "$name: ${IDLE_SECONDS}s idle"
  sleep "$IDLE_SECONDS"
  after_idle=$(rss_mb "$APP_PID")
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' "$WORK/$name.wrk")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$name.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.wrk")
  bad=$(awk '/Non-2xx or 3xx responses/ {n += $NF} /Socket errors/ {split($0, f, /[ ,]+/); n += f[5] + f[7] + f[9] + f[11]} END {print n + 0}' "$WORK/$name.wrk")
  printf '| %s | %s MB | %s MB | %s | %s | %s | %s | %s |\n' "$label" "$after_load" "$after_idle" "$rps" "$p50" "$p99" "$bad" "$started_load"
  kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
