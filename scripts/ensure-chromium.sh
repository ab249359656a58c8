#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser).
# Installs it when it is missing and this machine lets us; otherwise says how.
set -euo pipefail
chromium_path="${SAMSYN_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium is missing; installing Debian's chromium for the browser tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi
echo "The browser tests need Debian's chromium at $chromium_path: run 'sudo apt-get install chromium' (or set SAMSYN_CHROMIUM)." >&2
exit 1
