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
vitest run
