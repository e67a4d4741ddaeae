#!/usr/bin/env bash
# Renders GovConnect's RabbitMQ definitions (users with password hashes from the environment,
# exchanges, policies) and hands over to the image's own entrypoint. Queues are not defined here:
# each service declares its own queues, delay queues and dead-letter queue (packages/messaging).
set -euo pipefail
: "${RABBITMQ_PASSWORD:?RABBITMQ_PASSWORD is required}"
: "${RABBITMQ_ADMIN_PASSWORD:?RABBITMQ_ADMIN_PASSWORD is required}"

# RabbitMQ's rabbit_password_hashing_sha256: base64(salt ++ sha256(salt ++ password)), 4-byte salt.
hash_password() {
  local salt digest
  salt="$(mktemp)" digest="$(mktemp)"
  head -c 4 /dev/urandom > "$salt"
  { cat "$salt"; printf '%s' "$1"; } | openssl dgst -binary -sha256 > "$digest"
  cat "$salt" "$digest" | openssl base64 -A
  rm -f "$salt" "$digest"
}

target=/var/lib/rabbitmq/govconnect-definitions.json
sed -e "s#__GOVCONNECT_PASSWORD_HASH__#$(hash_password "$RABBITMQ_PASSWORD")#" \
    -e "s#__ADMIN_PASSWORD_HASH__#$(hash_password "$RABBITMQ_ADMIN_PASSWORD")#" \
    /etc/govconnect/definitions.template.json > "$target"
chmod 600 "$target"
chown rabbitmq:rabbitmq "$target" 2>/dev/null || true
exec docker-entrypoint.sh "$@"
