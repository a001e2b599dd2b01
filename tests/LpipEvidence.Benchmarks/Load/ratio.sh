#!/usr/bin/env bash
# A finding page against a static stylesheet from the same server, side by side: ROUNDS alternating 10 s wrk runs at
# 50 connections each, printing requests/s of every run; compare the medians. Usage: ratio.sh http://127.0.0.1:24317 [ROUNDS]
set -euo pipefail
base=${1:-http://127.0.0.1:24317}
rounds=${2:-5}
css=$(curl -s "$base/findings/place-based-approaches-and-cluster-development" | grep -o 'href="app\.[a-z0-9]*\.css"' | cut -d'"' -f2)
page="$base/findings/place-based-approaches-and-cluster-development"
wrk -t2 -c50 -d3s "$base/$css" >/dev/null
wrk -t2 -c50 -d3s "$page" >/dev/null
for round in $(seq 1 "$rounds"); do
  for url in "$base/$css" "$page"; do
    rps=$(wrk -t2 -c50 -d10s "$url" | awk '/Requests\/sec/ {print $2}')
    echo "round $round  $rps req/s  $url"
  done
done
