#!/usr/bin/env bash
# Installs what the tests need, builds once with warnings as errors, runs every test,
# and ends with the line "N passed, N failed" (", N skipped" when any were skipped).
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)." >&2
  exit 1
fi

# Browser tests drive Debian's Chromium; Playwright never downloads a browser here.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || { echo "test.sh: could not install the 'chromium' package with apt-get." >&2; exit 1; }
  else
    echo "test.sh: the browser tests need Debian's 'chromium' package. Install it with: sudo apt-get install chromium" >&2
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
dotnet test Portal.Tests/Portal.Tests.csproj -c Release --no-build --nologo \
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
skipped=$((total - executed))

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
