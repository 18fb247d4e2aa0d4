#!/usr/bin/env bash
# Installs the pinned third-party MCP tooling (conformance suite, SDK clients, inspector,
# mcp-remote) from e2e/package-lock.json, and Node 22 for this machine: npm installs the one
# optional node-<os>-<cpu> package that matches it. Where npm publishes none (see SUPPORTED), a
# Node 22 or newer on PATH is used instead. The tests run node_modules/.bin/node.
# Skips the install when node_modules already matches the lock.
set -euo pipefail
cd "$(dirname "$0")"

SUPPORTED="linux-x64, linux-arm64, darwin-x64 (Intel macOS)"
NODE_MAJOR=22

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) os="$(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) cpu=x64 ;;
  aarch64 | arm64) cpu=arm64 ;;
  *) cpu="$(uname -m)" ;;
esac
platform="$os-$cpu"

stamp=node_modules/.lock-sha256
node=node_modules/.bin/node
want=$(sha256sum package-lock.json 2>/dev/null || shasum -a 256 package-lock.json)
want=${want%% *}
if [[ -f $stamp && "$(cat "$stamp")" == "$want" && -x $node ]]; then
  echo "e2e tooling up to date (node $("$node" -v), $platform)"
  exit 0
fi

if ! command -v npm > /dev/null; then
  echo "e2e tooling: the tests need npm to install their pinned tools; install Node.js with npm" \
    "(any recent version) and run the build again" >&2
  exit 1
fi
echo "e2e tooling: installing the pinned MCP tools and Node $NODE_MAJOR for $platform with npm ci ..."
npm ci --no-audit --no-fund --loglevel=error

if [[ ! -x node_modules/node-$platform/bin/node ]]; then
  # No pinned Node package for this platform: use the machine's Node if it is recent enough.
  system=$(command -v node || true)
  major=$([[ -n $system ]] && "$system" -p 'process.versions.node.split(".")[0]' 2> /dev/null || echo 0)
  if ((major < NODE_MAJOR)); then
    found="there is no node on PATH"
    [[ -n $system ]] && found="the node on PATH is $("$system" -v)"
    echo "e2e tooling: npm has no pinned Node $NODE_MAJOR package for $platform (supported: $SUPPORTED)," \
      "and $found. Install Node $NODE_MAJOR or newer on PATH and run the build again." >&2
    exit 1
  fi
  mkdir -p node_modules/.bin
  ln -sf "$system" "$node"
  echo "e2e tooling: no pinned Node package for $platform; using $system ($("$system" -v))"
fi
echo "$want" > "$stamp"
echo "e2e tooling installed: node $("$node" -v), $platform"
