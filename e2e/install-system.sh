#!/usr/bin/env bash
# Installs the Debian packages the deployment tests drive: nginx (three instances behind a
# proxy), chromium (the landing page in a real browser) and kubectl (rendering the Kubernetes
# manifests; Debian's kubernetes-client, unless a kubectl is already on PATH).
#
# Fast and idempotent: when every tool is present it installs nothing and says so. As root (CI)
# it runs apt-get; with passwordless sudo it uses that. Otherwise it installs nothing, names what
# is missing, and the tests that need a missing tool are reported as skipped — except under
# CI=true, where they fail, so a green CI run never hides a missing tool.
set -euo pipefail

missing=()
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null || missing+=(nginx)
command -v chromium >/dev/null || missing+=(chromium)
command -v kubectl >/dev/null || missing+=(kubernetes-client)

if ((${#missing[@]} == 0)); then
  echo "system test tooling present: nginx, chromium, kubectl"
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "WARNING: no apt-get (not Debian or Ubuntu): not installing ${missing[*]}." >&2
  echo "WARNING: the proxy, browser and Kubernetes tests that need them will be SKIPPED." >&2
  echo "WARNING: install nginx, chromium and kubectl with this system's package manager." >&2
  exit 0
elif [[ $(id -u) == 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "WARNING: not root and no passwordless sudo: not installing ${missing[*]}." >&2
  echo "WARNING: the proxy, browser and Kubernetes tests that need them will be SKIPPED." >&2
  echo "WARNING: install them with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi

echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system test tooling installed: ${missing[*]}"
