// The "docker compose" part of .env.example: variables docker-compose.yml reads from .env that no
// service's config.ts declares (the stack's own secrets and settings). infra/test checks that every
// ${VAR} in docker-compose.yml is documented in .env.example.
const COMPOSE_ENV: [key: string, description: string, example: string][] = [
  [
    'DOMAIN',
    "public host name; Traefik asks Let's Encrypt for its certificate (localhost for a trial)",
    'govconnect.example.org',
  ],
  ['ACME_EMAIL', "Let's Encrypt account e-mail (optional)", ''],
  [
    'ACME_CA_SERVER',
    "ACME directory; Let's Encrypt staging while trying: https://acme-staging-v02.api.letsencrypt.org/directory",
    'https://acme-v02.api.letsencrypt.org/directory',
  ],
  ['POSTGRES_PASSWORD', 'PostgreSQL superuser password (bootstrap and postgres-exporter); required', ''],
  [
    'GC_CHANNEL_DB_PASSWORD',
    'password of the gc_channel role (URL-safe, e.g. openssl rand -hex 24); required',
    '',
  ],
  ['GC_AI_DB_PASSWORD', 'password of the gc_ai role; required', ''],
  ['GC_CASE_DB_PASSWORD', 'password of the gc_case role; required', ''],
  ['GC_NOTIFICATION_DB_PASSWORD', 'password of the gc_notification role; required', ''],
  ['GC_DASHBOARD_DB_PASSWORD', 'password of the gc_dashboard role; required', ''],
  [
    'RABBITMQ_PASSWORD',
    'password of the govconnect RabbitMQ user the services log in with (URL-safe); required',
    '',
  ],
  ['RABBITMQ_ADMIN_PASSWORD', 'password of the admin user of the RabbitMQ management UI; required', ''],
  ['JWT_SECRET', 'signs dashboard sessions; required', ''],
  ['GRAFANA_ADMIN_PASSWORD', "Grafana's admin password (https://DOMAIN/grafana); required", ''],
  ['PROMETHEUS_RETENTION', 'how long Prometheus keeps samples', '30d'],
  [
    'IMAGE_REGISTRY',
    'where the images come from (docker compose pull) or are tagged to (build)',
    'govconnect',
  ],
  ['IMAGE_TAG', 'image tag, e.g. the commit CI built', 'latest'],
];

export function renderComposeSection(): string {
  const blocks = COMPOSE_ENV.map(([key, description, example]) => `# ${description}\n# ${key}=${example}\n`);
  return [
    "## docker compose (.env beside docker-compose.yml; the services' variables above apply too)",
    ...blocks,
  ].join('\n');
}
