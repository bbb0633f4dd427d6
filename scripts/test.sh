#!/usr/bin/env bash
# The one test command: install what the tests need, type-check, lint, then every test. Run
# through `npm test`, so the pinned Node.js 24 from devDependencies is first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the suite runs for real: PostgreSQL (the storage tests start a throwaway
# cluster), Chromium (browser tests), systemd (systemd-analyze verifies the service unit),
# Prometheus with promtool and Alertmanager (rules are checked with promtool; the end-to-end
# test runs both on loopback), zsh and fish (completion). Installed only when missing, from
# Debian's packages.
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
# Without their recommends (node exporters and timers the tests do not use).
lean=()
if [ ! -x /usr/bin/prometheus ] || [ ! -x /usr/bin/promtool ]; then
  lean+=(prometheus)
fi
if [ ! -x /usr/bin/prometheus-alertmanager ]; then
  lean+=(prometheus-alertmanager)
fi
# e2fsprogs: the read-only data folder test makes an ext4 file system on a loop device.
command -v mkfs.ext4 >/dev/null || lean+=(e2fsprogs)
# zsh and fish: the completion scripts are tested in the real shells.
for shell in zsh fish; do
  command -v "$shell" >/dev/null || lean+=("$shell")
done
if [ ${#missing[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} ${lean[*]}"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
  if [ ${#lean[@]} -gt 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}"
  fi
fi

echo "== type-check"
tsc --noEmit
tsc -p web/tsconfig.json
echo "== build the web console"
vite build --config web/vite.config.ts
echo "== lint"
biome ci --colors=off .
echo "== tests"
vitest run
