#!/usr/bin/env bash
# The one test command (npm test): types, lint, unit and integration tests, the web build,
# and the end-to-end tests in Debian's Chromium. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"
npx tsc --noEmit -p tsconfig.json
echo "== lint"
npx biome check .
echo "== unit and integration tests"
npx vitest run
echo "== fault tests (SIGKILL under load; disconnects and a restart; fuzzing)"
npx vitest run --config server/faults/vitest.config.ts
echo "== web build"
npx vite build --logLevel warn
echo "== end-to-end tests"
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "FAIL: Chromium not found at $chromium_bin; in CI the end-to-end tests must run (.ci/run installs it)." >&2
    exit 1
  fi
  echo "" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!! END-TO-END TESTS NOT RUN: no Chromium at $chromium_bin." >&2
  echo "!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 0
fi
npx vitest run --config e2e/vitest.config.ts
