#!/usr/bin/env bash
# Runs the whole test suite and ends with one plain line `N passed, N failed` (what CI reads).
# An error vitest reports outside any test (an unhandled rejection) counts as a failure too.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
report=.cache/vitest-report.json
rm -f "$report"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
if [ ! -s "$report" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const status = Number(process.argv[2]);
  let failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
  if (status !== 0 && failed === 0) failed = 1;
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
' "$report" "$status"
