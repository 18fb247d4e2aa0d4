#!/usr/bin/env bash
# Lays out the distribution the container image and the README's stdio configs use:
#   <target>/ilert-mcp/bin/ilert-mcp        launcher (class-data-sharing archive when present)
#   <target>/ilert-mcp/bin/ilert-mcp-cds    makes lib/ilert-mcp.jsa (a separate step)
#   <target>/ilert-mcp/lib/ilert-mcp-server.jar
# Usage: assemble.sh <target dir>
set -euo pipefail
src=$(cd "$(dirname "$0")" && pwd -P)
target=$1
dist="$target/ilert-mcp"
rm -rf "$dist"
mkdir -p "$dist/bin" "$dist/lib"
cp "$target/ilert-mcp-server.jar" "$dist/lib/"
install -m 0755 "$src/bin/ilert-mcp" "$src/bin/ilert-mcp-cds" "$dist/bin/"
echo "distribution: $dist"
