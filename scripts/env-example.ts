// Writes .env.example from every service's config shape, so it documents exactly what the code
// reads, with defaults. `npx tsx scripts/env-example.ts --check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderEnvExample } from '@govconnect/service-kit';
import { aiConfigShape } from '../services/ai-service/src/config.ts';
import { caseConfigShape } from '../services/case-service/src/config.ts';
import { channelConfigShape } from '../services/channel-service/src/config.ts';
import { notificationConfigShape } from '../services/notification-service/src/config.ts';
import { dashboardConfigShape } from '../dashboard/src/config.ts';
import { renderComposeSection } from './env-example-compose.ts';

const target = new URL('../.env.example', import.meta.url);

const SERVICES = [
  ['channel-service', 'port 3001', channelConfigShape],
  ['ai-service', 'port 3002', aiConfigShape],
  ['case-service', 'port 3003', caseConfigShape],
  ['notification-service', 'port 3004', notificationConfigShape],
] as const;

type Shape = Parameters<typeof renderEnvExample>[0];

function entries(shape: Shape): string[] {
  // renderEnvExample gives "# notes\nKEY=default\n" blocks; keep them whole.
  return renderEnvExample(shape)
    .split(/\n(?=# )/)
    .map((block) => block.trim().replace(/^([A-Z0-9_]+=)/m, '# $1'));
}

export function renderAll(): string {
  const all = SERVICES.map(([, , shape]) => entries(shape));
  const shared = all[0]!.filter((block) => all.every((blocks) => blocks.includes(block)));
  const head = [
    '# Every variable GovConnect reads, with its default (generated: npx tsx scripts/env-example.ts).',
    '# Nothing is set here: uncomment what you change. `npm start` reads the shared part from .env at the',
    '# project root and each service\'s own part from services/<service>/.env. Secrets marked "must be',
    '# changed in production" stop a service at boot with NODE_ENV=production while they hold the default.',
    '',
    '## shared by every service (.env)',
    ...shared.map((b) => `${b}\n`),
  ];
  const perService = SERVICES.map(([name, port], i) => {
    const own = all[i]!.filter((block) => !shared.includes(block));
    return [`## ${name}, ${port} (services/${name}/.env)`, ...own.map((b) => `${b}\n`)].join('\n');
  });
  const dashboard = [
    '## dashboard, port 3000 (dashboard/.env)',
    ...entries(dashboardConfigShape).map((b) => `${b}\n`),
  ].join('\n');
  return `${head.join('\n')}\n${[...perService, dashboard, renderComposeSection()].join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderAll();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error('.env.example is stale: run npx tsx scripts/env-example.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log('wrote .env.example');
  }
}
