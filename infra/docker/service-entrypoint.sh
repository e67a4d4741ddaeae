#!/bin/sh
# Entry point of every GovConnect service image (services/*/Dockerfile). Commands:
#   start    (default) apply the service's migrations with `prisma migrate deploy`, then serve
#   migrate  only apply the migrations (a Kubernetes init container, a one-off job)
#   serve    only serve (when something else ran the migrations)
#   seed     the service's demo data, when it has a seed command (src/seed.cli.ts)
# The service itself is started with MIGRATE_ON_START=false by compose and Kubernetes, so it only
# checks the migrations for /ready. MIGRATE_TOOL=wasm applies them with @govconnect/db-migrate
# (Prisma's schema engine compiled to WebAssembly) instead of Prisma's native engine.
set -eu

migrate() {
  attempt=1
  max="${MIGRATE_ATTEMPTS:-10}"
  while :; do
    if [ "${MIGRATE_TOOL:-prisma}" = "wasm" ]; then
      tsx /app/packages/db-migrate/src/cli.ts deploy --schema prisma/schema.prisma && return 0
    else
      prisma migrate deploy && return 0
    fi
    [ "$attempt" -ge "$max" ] && { echo "entrypoint: migrations failed $max times" >&2; exit 1; }
    echo "entrypoint: migrations failed (attempt $attempt/$max), retrying in 3 s" >&2
    attempt=$((attempt + 1))
    sleep 3
  done
}

command="${1:-start}"
case "$command" in
  start)
    migrate
    exec tsx src/main.ts
    ;;
  migrate) migrate ;;
  serve) exec tsx src/main.ts ;;
  seed)
    [ -f src/seed.cli.ts ] || { echo "entrypoint: this service has no seed command" >&2; exit 2; }
    exec tsx src/seed.cli.ts
    ;;
  *) exec "$@" ;;
esac
