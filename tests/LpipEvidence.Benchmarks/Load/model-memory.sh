#!/usr/bin/env bash
# The memory search by meaning adds to the running site: starts a Release publish of the site on the shipped content
# twice, with Search__Meaning=false and =true (each on a store of its own), sends the same searches to each (so the
# model is loaded and used), waits, and prints each one's resident memory (VmRSS) and the difference.
#   tests/LpipEvidence.Benchmarks/Load/model-memory.sh [PUBLISH_DIR]   # publishes to a temporary folder when not given
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
WORK=$(mktemp -d /tmp/lpip-model-memory.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"' EXIT
PUBLISH=${1:-}
if [[ -z "$PUBLISH" ]]; then
  PUBLISH=$WORK/publish
  dotnet publish "$REPO/src/LpipEvidence.Web" -c Release -r linux-x64 --self-contained false -o "$PUBLISH" -v q -nologo >/dev/null
fi
queries=("how can councils and universities work together" "higher education" "SME growth" "local leaders" "clusters" "skills funding")
declare -A rss
for meaning in false true; do
  port=$((24000 + RANDOM % 5000))
  ( cd "$WORK" && HOME=$WORK ConnectionStrings__Evidence="Data Source=$WORK/$meaning.db" Content__Path="$REPO/content" \
      Search__Meaning=$meaning Site__PublicUrl=http://127.0.0.1:$port ASPNETCORE_URLS=http://127.0.0.1:$port exec dotnet "$PUBLISH/LpipEvidence.Web.dll" >"$WORK/$meaning.log" 2>&1 ) &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the site did not get ready:"; tail -5 "$WORK/$meaning.log"; exit 1; }
  for round in 1 2 3; do
    for q in "${queries[@]}"; do curl -s -o /dev/null -G --data-urlencode "q=$q $round" "http://127.0.0.1:$port/search"; done
  done
  sleep 20
  server=$(pgrep -P "$pid" -f LpipEvidence.Web.dll || echo "$pid")
  rss[$meaning]=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status")
  echo "Search__Meaning=$meaning: resident ${rss[$meaning]} MiB after 18 searches and 20 s idle"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "search by meaning adds $(( ${rss[true]} - ${rss[false]} )) MiB"
