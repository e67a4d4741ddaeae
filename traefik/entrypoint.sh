#!/bin/sh
# Renders the static configuration with the ACME settings from the environment, then runs Traefik.
set -eu
sed -e "s#__ACME_EMAIL__#${ACME_EMAIL:-}#" \
    -e "s#__ACME_CA_SERVER__#${ACME_CA_SERVER:-https://acme-v02.api.letsencrypt.org/directory}#" \
    /etc/traefik/traefik.yml > /tmp/traefik.yml
exec traefik --configFile=/tmp/traefik.yml "$@"
