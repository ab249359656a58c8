#!/usr/bin/env bash
# What the tests need from Debian: chromium for the browser tests (never a
# downloaded browser) and openssl for the mutual-TLS test's certificates.
# Installs what is missing when this machine lets us; otherwise says how.
set -euo pipefail
chromium_path="${SAMSYN_CHROMIUM:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "${missing[*]} missing; installing Debian's packages for the tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$chromium_path" ] && command -v openssl >/dev/null 2>&1 && exit 0
fi
echo "The tests need Debian's ${missing[*]}: run 'sudo apt-get install ${missing[*]}' (or set SAMSYN_CHROMIUM to a chromium)." >&2
exit 1
