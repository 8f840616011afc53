#!/usr/bin/env bash
# Publishes the Native AOT binary and checks that it behaves exactly like the normal (JIT) build on a real FAERS
# sample: the same store file from `ingest`, and byte-identical output of `ingest --json` (its "seconds" masked),
# `info --json`, `ask --json` and `check --json` (an HTML article written here). Then times `info` with both builds.
# Needs clang and zlib1g-dev (Debian: apt-get install -y clang zlib1g-dev) and the shared data folder
# (../shared/data, or CAUSA_TEST_DATA). Exit code: non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

data=${CAUSA_TEST_DATA:-$(cd .. && pwd)/shared/data}
sample="$data/faers/nico8270_2025q4_sample1000"
[ -e "$sample" ] || { echo "aot-check: sample not found: $sample" >&2; exit 2; }
for tool in clang; do
  command -v "$tool" >/dev/null || { echo "aot-check: $tool is missing (apt-get install -y clang zlib1g-dev)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The normal build is the causa executable (src/Causa.Host: the command line plus the web site); the native binary is
# Causa.Cli published alone (no site).
dotnet build src/Causa.Host -c Release -v quiet -nologo >/dev/null
dotnet publish src/Causa.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo >/dev/null
jit=(dotnet "src/Causa.Host/bin/Release/net10.0/causa.dll")
aot=("$work/aot/causa")

run() { # run NAME STORE ARGS... ; writes $work/NAME.out with the store path and timings masked
  local name=$1 store=$2; shift 2
  "$@" --store "$store" >"$work/$name.raw"
  sed -e "s#$store#<STORE>#g" -e 's/"seconds": [0-9.eE+-]*/"seconds": <SECONDS>/' "$work/$name.raw" >"$work/$name.out"
}

# The article checker reads HTML with AngleSharp and writes its JSON through a source-generated context.
cat >"$work/article.html" <<'HTML'
<html><head><title>Octreotide</title><script>alert(1)</script></head>
<body><h1>Octreotide: what to know</h1><p>Octreotide may cause nausea. It is used to treat acromegaly.</p>
<ul><li>Side effects include diarrhoea and headache.</li></ul></body></html>
HTML

status=0
for build in jit aot; do
  declare -n cmd=$build
  store="$work/store-$build"
  run "$build.ingest" "$store" "${cmd[@]}" ingest "$sample" --json
  run "$build.info" "$store" "${cmd[@]}" info --json
  run "$build.ask" "$store" "${cmd[@]}" ask octreotide nausea --json
  run "$build.check" "$store" "${cmd[@]}" check "$work/article.html" --json
done

for check in ingest info ask check; do
  if cmp -s "$work/jit.$check.out" "$work/aot.$check.out"; then
    echo "same:      $check --json ($(wc -c <"$work/jit.$check.out") bytes)"
  else
    echo "DIFFERENT: $check --json"; diff "$work/jit.$check.out" "$work/aot.$check.out" | head -20; status=1
  fi
done
if cmp -s "$work/store-jit/cases.causa" "$work/store-aot/cases.causa"; then
  echo "same:      store file cases.causa ($(wc -c <"$work/store-jit/cases.causa") bytes)"
else
  echo "DIFFERENT: store file cases.causa"; status=1
fi

# Start-up: `info` on the small store, 20 runs each (hyperfine when it is installed).
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 "${jit[*]} --store $work/store-jit info" "${aot[*]} --store $work/store-aot info"
else
  for build in jit aot; do
    declare -n cmd=$build
    start=$(date +%s.%N)
    for _ in $(seq 20); do "${cmd[@]}" --store "$work/store-$build" info >/dev/null; done
    end=$(date +%s.%N)
    echo "info, $build build: $(echo "($end - $start) / 20" | bc -l | cut -c1-6) s per run (mean of 20)"
  done
fi
echo "AOT binary: $(du -h "$work/aot/causa" | cut -f1)"
exit $status
