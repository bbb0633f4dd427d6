#!/usr/bin/env bash
# The one test command: install what the tests need, type-check, lint, then every test. Run
# through `npm test`, so the pinned Node.js 24 from devDependencies is first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the suite runs for real: PostgreSQL (the storage tests start a throwaway
# cluster), Chromium (browser tests) and systemd (systemd-analyze verifies the service unit).
# Installed only when missing, from Debian's packages.
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  missing+=(postgresql)
fi
if ! command -v systemd-analyze >/dev/null; then
  missing+=(systemd)
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

echo "== type-check"
tsc --noEmit
echo "== lint"
biome ci --colors=off .
echo "== tests"
vitest run
