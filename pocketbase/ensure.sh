#!/usr/bin/env bash
# Prints the path of the RightSeat server binary on stdout, building it with Go when needed: PocketBase
# of the pinned version with RightSeat's serving (pocketbase/cmd/rightseat: precompressed static files,
# cache and security headers). Order: $POCKETBASE_BIN, then pocketbase/bin/pocketbase if its stamp
# (version + hash of cmd/rightseat) matches, then `go build`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=/dev/null
source "$here/version.env"

if [ -n "${POCKETBASE_BIN:-}" ]; then
  [ -x "$POCKETBASE_BIN" ] || { echo "POCKETBASE_BIN=$POCKETBASE_BIN is not an executable file" >&2; exit 1; }
  echo "$POCKETBASE_BIN"
  exit 0
fi

cmd="$here/cmd/rightseat"
# go.mod must require the version pinned in version.env (one pin, checked here rather than duplicated).
grep -q "^require github.com/pocketbase/pocketbase v$POCKETBASE_VERSION\$" "$cmd/go.mod" || {
  echo "pocketbase/cmd/rightseat/go.mod does not require pocketbase v$POCKETBASE_VERSION (version.env): run" >&2
  echo "  (cd pocketbase/cmd/rightseat && go get github.com/pocketbase/pocketbase@v$POCKETBASE_VERSION && go mod tidy)" >&2
  exit 1
}
source_hash=$(cat "$cmd"/*.go "$cmd/go.mod" "$cmd/go.sum" | cksum | cut -d' ' -f1)
bin="$here/bin/pocketbase"
stamp="$here/bin/.version"
if [ -x "$bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$POCKETBASE_VERSION $source_hash" ]; then
  echo "$bin"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "The RightSeat server is missing: install Go (https://go.dev/dl/) to build pocketbase/cmd/rightseat, or set POCKETBASE_BIN to a binary built from it." >&2
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

echo "Building the RightSeat server (PocketBase v$POCKETBASE_VERSION, first run only, a few minutes)..." >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$cmd" && CGO_ENABLED=0 go build -trimpath -o "$tmp/pocketbase" .) >&2
mkdir -p "$here/bin"
mv "$tmp/pocketbase" "$bin"
# replace the stamp, never write into it: a copied checkout may share it with others as a hard link
echo "$POCKETBASE_VERSION $source_hash" >"$tmp/stamp"
mv "$tmp/stamp" "$stamp"
echo "$bin"
