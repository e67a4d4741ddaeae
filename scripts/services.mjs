// The processes `npm start` runs, with their ports from docs/architecture.md. `portEnv` names the
// variable a process reads its port from (PORT unless said otherwise); `seed` runs once all are ready;
// `readyTimeoutMs` overrides how long start.mjs waits for `/ready`.
export const SERVICES = [
  { name: 'channel-service', dir: 'services/channel-service', port: 3001, seed: 'src/seed.cli.ts' },
  { name: 'ai-service', dir: 'services/ai-service', port: 3002, seed: 'src/seed.cli.ts' },
  { name: 'case-service', dir: 'services/case-service', port: 3003 },
  { name: 'notification-service', dir: 'services/notification-service', port: 3004 },
  { name: 'wa-simulator', dir: 'supporting/wa-simulator', port: 3010, portEnv: 'SIMULATOR_PORT' },
  // The dashboard's main.ts builds the Next app first when its build is missing or stale: give it longer.
  { name: 'dashboard', dir: 'dashboard', port: 3000, seed: 'src/seed.cli.ts', readyTimeoutMs: 300_000 },
];
