#!/usr/bin/env bash
# Prints the path of a PocketBase binary of the pinned version on stdout, building it with Go when
# needed. Order: $POCKETBASE_BIN, then pocketbase/bin/pocketbase if its stamp matches, then `go install`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=/dev/null
source "$here/version.env"

if [ -n "${POCKETBASE_BIN:-}" ]; then
  [ -x "$POCKETBASE_BIN" ] || { echo "POCKETBASE_BIN=$POCKETBASE_BIN is not an executable file" >&2; exit 1; }
  echo "$POCKETBASE_BIN"
  exit 0
fi

bin="$here/bin/pocketbase"
stamp="$here/bin/.version"
if [ -x "$bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$POCKETBASE_VERSION" ]; then
  echo "$bin"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "PocketBase v$POCKETBASE_VERSION is missing: install Go >= 1.22 (https://go.dev/dl/) or set POCKETBASE_BIN to a pocketbase v$POCKETBASE_VERSION binary." >&2
  exit 1
fi

# A Go older than the module needs fetches the pinned toolchain; a newer one builds as it is.
go_minor=$(go env GOVERSION | sed -E 's/^go1\.([0-9]+).*/\1/')
toolchain_minor=$(echo "$POCKETBASE_GO_TOOLCHAIN" | sed -E 's/^go1\.([0-9]+).*/\1/')
if [ "$go_minor" -lt "$toolchain_minor" ]; then
  export GOTOOLCHAIN="$POCKETBASE_GO_TOOLCHAIN"
else
  export GOTOOLCHAIN=local
fi

echo "Building PocketBase v$POCKETBASE_VERSION from its Go module (first run only, a few minutes)..." >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CGO_ENABLED=0 GOBIN="$tmp" go install "github.com/pocketbase/pocketbase/examples/base@v$POCKETBASE_VERSION" >&2
mkdir -p "$here/bin"
mv "$tmp/base" "$bin"
echo "$POCKETBASE_VERSION" >"$stamp"
echo "$bin"
