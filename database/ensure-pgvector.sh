#!/usr/bin/env bash
# Makes the pgvector extension available to the local Debian PostgreSQL server.
# bookworm ships no pgvector binary package, so when `CREATE EXTENSION vector` cannot work we build
# Debian's own source package (from trixie's deb-src) against postgresql-server-dev-<major>.
# Idempotent: does nothing when the extension is already installable.
set -euo pipefail

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

log() { echo "ensure-pgvector: $*"; }

available() {
  [ "$(psql -d postgres -Atc "SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'" 2>/dev/null)" = "1" ]
}

if available; then
  log "pgvector is already available"
  exit 0
fi

if [ "$(id -u)" != "0" ]; then
  log "pgvector is missing and building it needs root. Run this script as root, or use the"
  log "pgvector/pgvector image: docker compose -f docker-compose.yml -f docker-compose.dev.yml up -d postgres rabbitmq"
  exit 1
fi

major="$(psql -d postgres -Atc 'SHOW server_version_num' | cut -c1-2)"
[ -n "$major" ] || { log "cannot read the server version (is PostgreSQL running?)"; exit 1; }
log "building pgvector for PostgreSQL $major from Debian's source package"

sources=/etc/apt/sources.list.d/govconnect-trixie-src.sources
if [ ! -f "$sources" ]; then
  cat > "$sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o Dir::Etc::sourcelist=/dev/null -o Dir::Etc::sourceparts=/etc/apt/sources.list.d \
  || apt-get update -qq
apt-get install -y -qq --no-install-recommends "postgresql-server-dev-$major" build-essential dpkg-dev >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source -qq pgvector >/dev/null 2>&1 || apt-get source pgvector
src="$(find . -maxdepth 1 -type d -name 'pgvector-*' | head -1)"
[ -n "$src" ] || { log "apt-get source pgvector produced no source tree"; exit 1; }
cd "$src"
make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" OPTFLAGS="" >/dev/null
make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" install >/dev/null

if available; then
  log "pgvector $(basename "$src" | sed 's/pgvector-//') installed"
else
  log "pgvector was built but PostgreSQL still does not list it"
  exit 1
fi
