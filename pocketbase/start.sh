#!/usr/bin/env bash
# Runs RightSeat: one PocketBase process serving the API and the built PWA on one origin.
# Env: RIGHTSEAT_PORT (8090), RIGHTSEAT_HOST (127.0.0.1), RIGHTSEAT_DATA_DIR (pocketbase/pb_data),
#      RIGHTSEAT_ADMIN_EMAIL + RIGHTSEAT_ADMIN_PASSWORD (first superuser), RIGHTSEAT_SKIP_BUILD=1,
#      mail, proxy and sign-in limits (RIGHTSEAT_SMTP_*, RIGHTSEAT_APP_URL, RIGHTSEAT_TRUSTED_PROXY_HEADERS,
#      RIGHTSEAT_SIGNIN_*): read by the hooks (pb_hooks/settings-env.pb.js, sign-in-limit.pb.js), see
#      docs/operations.md,
#      RIGHTSEAT_HOOKS_POOL (64): prewarmed JS VMs. Inside /api/batch every record's request hook keeps
#      its VM until the rest of the batch has run (pb_hooks/lib/requests.js) and every open request,
#      realtime connections included, keeps one for the router middleware; past the pool each hook
#      call builds a fresh VM (~4 ms). 64 holds a 25-record sync push plus ~35 connections; raise it
#      with the number of realtime clients (~0.3 MB each).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

pb=$(bash pocketbase/ensure.sh)
if [ "${RIGHTSEAT_SKIP_BUILD:-}" != "1" ]; then
  npm run --silent build
fi
[ -f build/index.html ] || { echo "build/index.html is missing: run npm run build" >&2; exit 1; }

data_dir="${RIGHTSEAT_DATA_DIR:-$root/pocketbase/pb_data}"
mkdir -p "$data_dir"
common=(--dir="$data_dir" --migrationsDir="$root/pocketbase/pb_migrations" --hooksDir="$root/pocketbase/pb_hooks")

# Apply migrations first so the superuser command sees the current schema.
"$pb" migrate up "${common[@]}" >/dev/null

marker="$data_dir/.rightseat-superuser"
if [ -n "${RIGHTSEAT_ADMIN_EMAIL:-}" ] && [ -n "${RIGHTSEAT_ADMIN_PASSWORD:-}" ]; then
  "$pb" superuser upsert "$RIGHTSEAT_ADMIN_EMAIL" "$RIGHTSEAT_ADMIN_PASSWORD" "${common[@]}" >/dev/null
  touch "$marker"
elif [ ! -f "$marker" ]; then
  email="admin@rightseat.local"
  password=$(node -e "process.stdout.write(require('node:crypto').randomBytes(16).toString('hex'))")
  "$pb" superuser upsert "$email" "$password" "${common[@]}" >/dev/null
  touch "$marker"
  echo "First superuser created (shown once): $email / $password  -> http://${RIGHTSEAT_HOST:-127.0.0.1}:${RIGHTSEAT_PORT:-8090}/_/"
fi

echo "RightSeat on http://${RIGHTSEAT_HOST:-127.0.0.1}:${RIGHTSEAT_PORT:-8090}"
exec "$pb" serve "${common[@]}" \
  --http="${RIGHTSEAT_HOST:-127.0.0.1}:${RIGHTSEAT_PORT:-8090}" \
  --publicDir="$root/build" --indexFallback \
  --automigrate=false --dev=false --hooksWatch=false --hooksPool="${RIGHTSEAT_HOOKS_POOL:-64}"
