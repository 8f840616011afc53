# Sourced by the web benches (run.sh, cold.sh): starts `causa serve` on loopback over STORE and waits until it answers.
#
#   start_server STORE PORT
#
# Sets base (http://127.0.0.1:PORT), work (a temporary folder, removed on exit with the server stopped) and server (the
# PID started). CAUSA is the command that runs causa (default: the Release host via dotnet run, the build with the
# site; the CLI project alone has none). The API rate limit is on by default (120 requests per 10 s per address); a
# bench from one address turns it off.

start_server() {
  local store=$1 port=$2
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  local causa=${CAUSA:-"dotnet run --project $root/src/Causa.Host -c Release --"}
  base="http://127.0.0.1:$port"
  work=$(mktemp -d)
  trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
  $causa --store "$store" serve --urls "$base" --rate-limit 0 > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -fs "$base/healthz" > /dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "$base/healthz" > /dev/null || { echo "server did not come up:"; cat "$work/serve.log"; exit 1; }
}
