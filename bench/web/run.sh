#!/usr/bin/env bash
# Load test of `causa serve` with wrk on loopback (docs/PERFORMANCE.md, "The web site under load").
#
#   bench/web/run.sh STORE PAIRS.csv [SECONDS]
#
# STORE: a store folder (e.g. four synthetic quarters plus the shared sources; see docs/PERFORMANCE.md).
# PAIRS.csv: drug-event pairs to rotate over, as `causa synth` writes them in OUTPUT.truth.csv (first two columns: drug,
# event; header lines are skipped, so several such files may be concatenated). Runs wrk (2 threads, 64 connections, SECONDS each, default 60) against /api/v1/ask and against
# the answer pages, sampling the server's resident memory every second. Set CAUSA to the command that runs causa
# (default: the Release build via dotnet run). CAUSA_BENCH_RUNS picks the runs ("api pages" by default; "api" for the API
# only). Runtime settings reach the server through the environment (DOTNET_gcServer=1, DOTNET_GCgen0size=...).
# Needs wrk and curl (apt-get install -y wrk curl).
set -euo pipefail

store=${1:?store folder}
pairs=${2:?pairs csv}
seconds=${3:-60}
port=${CAUSA_BENCH_PORT:-5099}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/web/serve.sh
. "$here/serve.sh"
start_server "$store" "$port"
# The process that listens (dotnet run starts a child).
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)

# Paths: the API question per pair, and the canonical answer page (the address /ask redirects to, without its query).
grep -v "^drug,event," "$pairs" | cut -d, -f1,2 | sort -u > "$work/pairs"
: > "$work/api"; : > "$work/pages"
while IFS=, read -r drug event; do
  d=$(printf %s "$drug" | jq -sRr @uri); e=$(printf %s "$event" | jq -sRr @uri)
  echo "/api/v1/ask?drug=$d&event=$e" >> "$work/api"
  location=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/ask?drug=$d&condition=$e")
  [ -n "$location" ] && echo "/${location#"$base"/}" | cut -d'?' -f1 >> "$work/pages"
done < "$work/pairs"
echo "pairs: $(wc -l < "$work/pairs"), API paths: $(wc -l < "$work/api"), answer pages: $(wc -l < "$work/pages")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  local name=$1 paths=$2
  # Warm up (JIT, first answers), then measure while sampling RSS once a second.
  CAUSA_PATHS="$paths" wrk -t2 -c64 -d10s -s "$here/rotate.lua" "$base" > /dev/null
  : > "$work/rss.$name"
  ( while kill -0 "$pid" 2>/dev/null; do ps -o rss= -p "$pid" >> "$work/rss.$name"; sleep 1; done ) &
  local sampler=$!
  CAUSA_PATHS="$paths" wrk -t2 -c64 -d"${seconds}s" --latency -s "$here/rotate.lua" "$base" | tee "$work/wrk.$name"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  awk -v n="$name" 'NR==1{first=$1} {last=$1; if($1>max)max=$1} END{printf "%s RSS MiB: first %.0f, last %.0f, max %.0f (%d samples)\n", n, first/1024, last/1024, max/1024, NR}' "$work/rss.$name"
}

for name in ${CAUSA_BENCH_RUNS:-api pages}; do
  run "$name" "$work/$name"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
