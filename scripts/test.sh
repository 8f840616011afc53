#!/usr/bin/env bash
# Runs Causa's whole test suite (restore, build, test) and prints one closing line
# "tests: N passed, N failed, N skipped". Exit code: non-zero when anything failed
# or when no test ran at all.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
# The browser tests (Playwright driving Chromium) run after the rest, on their own: started together with the other
# test projects on two cores, a page navigation could starve past any sensible timeout.
dotnet test Causa.slnx -c Release --filter "FullyQualifiedName!~Causa.Web.Tests.Browser" "$@" 2>&1 | tee "$log" || status=$?
dotnet test tests/Causa.Web.Tests/Causa.Web.Tests.csproj -c Release --no-build --filter "FullyQualifiedName~Causa.Web.Tests.Browser" 2>&1 | tee -a "$log" || status=$?

passed=0; failed=0; skipped=0
while IFS= read -r line; do
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
  s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done < <(grep -E '^(Passed|Failed)! +- +Failed: ' "$log" || true)

# Style is part of the checks (the .editorconfig severities); CAUSA_SKIP_FORMAT=1 skips it for quick local runs.
format_status=0
if [ "${CAUSA_SKIP_FORMAT:-0}" != "1" ]; then
  dotnet format Causa.slnx --verify-no-changes --no-restore || { format_status=$?; echo "dotnet format found files to reformat (run: dotnet format Causa.slnx)" >&2; }
fi

echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$format_status" -ne 0 ]; then
  exit 1
fi
if [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
