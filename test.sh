#!/usr/bin/env bash
# Installs what the tests need, builds once with warnings as errors, runs every test,
# and ends with the line "N passed, N failed" (", N skipped" when any were skipped).
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)." >&2
  exit 1
fi

# Browser tests drive Debian's Chromium headless shell (the lean headless build: the browser tests take half the
# time they take in the full browser); Playwright never downloads a browser here.
if [ ! -x /usr/bin/chromium-headless-shell ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium-headless-shell for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null \
      || { echo "test.sh: could not install the 'chromium-headless-shell' package with apt-get." >&2; exit 1; }
  else
    echo "test.sh: the browser tests need Debian's 'chromium-headless-shell' package. Install it with: sudo apt-get install chromium-headless-shell" >&2
    exit 1
  fi
fi

echo "test.sh: building (warnings are errors)..."
if ! dotnet build Portal.sln -c Release -warnaserror --nologo -clp:ErrorsOnly; then
  echo "test.sh: build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

results="$(pwd)/Portal.Tests/TestResults"
rm -rf "$results"
# A test that makes no progress for 5 minutes (the slowest takes under 30 s) is hung: the blame collector writes a
# mini dump of the test host and its children and the list of tests that ran (Sequence_*.xml) under TestResults,
# names the test that was running, and ends the run, so CI fails instead of waiting forever.
dotnet test Portal.Tests/Portal.Tests.csproj -c Release --no-build --nologo \
  --blame-hang-timeout 5m --blame-hang-dump-type mini \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "test.sh: the test run produced no results."
  echo "0 passed, 1 failed"
  exit 1
fi

counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
total=$(count total); passed=$(count passed); failed=$(count failed); executed=$(count executed)
errors=$(count error); timeouts=$(count timeout); aborted=$(count aborted)
failed=$((failed + errors + timeouts + aborted))
# An aborted run (a hang, or a crashed test host) leaves the test it was running out of the counters and records a
# run-level error instead: count each as a failure, so the last line never reads "0 failed" for a run that did not finish.
# xunit also records every failed test's "[FAIL]" line as a run-level error; those are in the counters already.
run_errors=$(tr -d '\n' < "$trx" | grep -o '<RunInfo [^>]*outcome="Error"[^>]*>[[:space:]]*<Text>[^<]*' | grep -vc '\[FAIL\]' || true)
if [ "$run_errors" -gt 0 ]; then
  echo "test.sh: the test run was aborted (a hung test or a crashed test host; see above and $results)."
  failed=$((failed + run_errors))
fi
skipped=$((total - executed))

# The console log above has each failure's message and stack; name the failed tests again here, next to the count,
# so the end of a long CI log says which ones they were.
failed_names=$(grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | grep -o 'testName="[^"]*"' | cut -d'"' -f2 \
  | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g')
if [ -n "$failed_names" ]; then
  echo "test.sh: failed:"
  echo "$failed_names" | sed 's/^/  /'
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
