#!/usr/bin/env bash
# The one test command: type-check, lint, then every test. Run through `npm test`, so the pinned
# Node.js 24 from devDependencies is first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type-check"
tsc --noEmit
echo "== lint"
biome ci .
echo "== tests"
# The storage tests start a throwaway PostgreSQL cluster: install the server on a fresh Debian.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  echo "== installing PostgreSQL for the storage tests"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi
vitest run
