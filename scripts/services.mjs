// The processes `npm start` runs, with their ports from docs/architecture.md.
export const SERVICES = [
  { name: 'channel-service', dir: 'services/channel-service', port: 3001, seed: 'src/seed.cli.ts' },
  { name: 'ai-service', dir: 'services/ai-service', port: 3002 },
  { name: 'case-service', dir: 'services/case-service', port: 3003 },
  { name: 'notification-service', dir: 'services/notification-service', port: 3004 },
];
