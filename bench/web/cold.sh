#!/usr/bin/env bash
# First-request cost of answers on a fresh `causa serve` (docs/PERFORMANCE.md, "The first rendering of a page").
#
#   bench/web/cold.sh STORE PAIRS.csv [N]
#
# For the first N pairs (default 40) of PAIRS.csv (as for run.sh), one after the other: /api/v1/trend, then the answer
# page twice (first rendering, then from the output cache), each timed by curl. Prints the median and the maximum of
# each. Set CAUSA to the command that runs causa (default: the Release host via dotnet run). Needs curl and jq.
set -euo pipefail

store=${1:?store folder}
pairs=${2:?pairs csv}
count=${3:-40}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/web/serve.sh
. "$here/serve.sh"
start_server "$store" "${CAUSA_BENCH_PORT:-5098}"
curl -fs "$base/api/v1/info" > /dev/null

grep -v "^drug,event," "$pairs" | cut -d, -f1,2 | sort -u | head -n "$count" > "$work/pairs"
: > "$work/trend"; : > "$work/page"; : > "$work/cached"
while IFS=, read -r drug event; do
  d=$(printf %s "$drug" | jq -sRr @uri); e=$(printf %s "$event" | jq -sRr @uri)
  curl -s -o /dev/null -w '%{time_total}\n' "$base/api/v1/trend?drug=$d&event=$e" >> "$work/trend"
  page=$(curl -s -o /dev/null -w '%{redirect_url}' "$base/ask?drug=$d&condition=$e" | cut -d'?' -f1)
  curl -s -o /dev/null -w '%{time_total}\n' "$page" >> "$work/page"
  curl -s -o /dev/null -w '%{time_total}\n' "$page" >> "$work/cached"
done < "$work/pairs"

for name in trend page cached; do
  sort -n "$work/$name" | awk -v n="$name" '{a[NR]=$1*1000} END{printf "%s: %d requests, median %.1f ms, max %.1f ms\n", n, NR, a[int((NR+1)/2)], a[NR]}'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
