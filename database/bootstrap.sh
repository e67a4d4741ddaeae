#!/usr/bin/env bash
# Creates the five service databases and roles (database/bootstrap.sql) on the server that
# PGHOST/PGPORT/PGUSER name, after making sure pgvector is available. Idempotent.
# Passwords come from GC_<SERVICE>_DB_PASSWORD; outside production each defaults to the role name.
# Also used by the postgres container as an initdb script (docker-compose.yml).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# PGHOST set but empty means the local socket (the postgres image runs this during initdb).
export PGHOST="${PGHOST-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

# Checked here, in this shell: an `exit` inside $(...) below would only leave the subshell.
missing=0
for svc in CHANNEL AI CASE NOTIFICATION DASHBOARD; do
  var="GC_${svc}_DB_PASSWORD"
  if [ -z "${!var:-}" ] && [ "${NODE_ENV:-development}" = "production" ]; then
    echo "bootstrap: $var is required in production" >&2
    missing=1
  fi
done
[ "$missing" = "0" ] || exit 1

password() {
  local var="GC_$1_DB_PASSWORD"
  printf '%s' "${!var:-$2}"
}

if [ "${SKIP_PGVECTOR_CHECK:-0}" != "1" ]; then
  "$here/ensure-pgvector.sh"
fi

PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -d postgres \
  -v pw_channel="$(password CHANNEL gc_channel)" \
  -v pw_ai="$(password AI gc_ai)" \
  -v pw_case="$(password CASE gc_case)" \
  -v pw_notification="$(password NOTIFICATION gc_notification)" \
  -v pw_dashboard="$(password DASHBOARD gc_dashboard)" \
  -f "${BOOTSTRAP_SQL:-$here/bootstrap.sql}"
echo "bootstrap: databases gc_channel, gc_ai, gc_case, gc_notification, gc_dashboard are ready"
