// The services of the end-to-end bench, each in a process of its own on a throwaway database and the
// real broker under exchanges of its own: startChild spawns `tsx bench/e2e-services.ts serve <service>
// <json>`, which starts the service and prints its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { benchConfig as cfg } from './bench.config.ts';

/** The internal API key the bench's services share. */
export const INTERNAL_KEY = 'bench-internal-key';

export interface ServeArgs {
  databaseUrl: string;
  exchangePrefix: string;
  env: Record<string, string>;
}

/** In a child process: start one service and print its URL. */
async function serve(service: string, args: ServeArgs): Promise<void> {
  const topology = {
    exchange: `${args.exchangePrefix}.events`,
    deadLetterExchange: `${args.exchangePrefix}.dlx`,
  };
  const env = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: args.databaseUrl,
    RABBITMQ_URL: cfg.rabbitmqUrl,
    INTERNAL_API_KEY: INTERNAL_KEY,
    ...args.env,
  };
  let running: { url: string; stop(): Promise<void> };
  if (service === 'case') {
    const { startCaseService } = await import('../services/case-service/src/app.ts');
    const { loadCaseConfig } = await import('../services/case-service/src/config.ts');
    running = await startCaseService(loadCaseConfig(env), { messaging: { topology } });
  } else if (service === 'ai') {
    const { startAiService } = await import('../services/ai-service/src/app.ts');
    const { loadAiConfig } = await import('../services/ai-service/src/config.ts');
    const { seedDemoKnowledge } = await import('../services/ai-service/src/use-cases/seed-demo-knowledge.ts');
    const { localEmbeddingModel } = await import('../services/ai-service/src/knowledge/local-embedding.ts');
    const ai = await startAiService(loadAiConfig(env), { messaging: { topology } });
    await seedDemoKnowledge({ db: ai.db, embeddings: localEmbeddingModel });
    running = ai;
  } else {
    const { startChannelService } = await import('../services/channel-service/src/app.ts');
    const { loadChannelConfig } = await import('../services/channel-service/src/config.ts');
    const { seedDemoVillage } =
      await import('../services/channel-service/src/use-cases/seed-demo-village.ts');
    const channel = await startChannelService(loadChannelConfig(env), { messaging: { topology } });
    await seedDemoVillage(channel.db);
    running = channel;
  }
  for (let i = 0; i < 300 && !(await fetch(`${running.url}/ready`)).ok; i++) await sleep(100);
  process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
  process.on('SIGTERM', () => void running.stop().then(() => process.exit(0)));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startChild(service: string, args: ServeArgs): Promise<{ child: ChildProcess; url: string }> {
  const profile = cfg.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${cfg.profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', fileURLToPath(import.meta.url), 'serve', service, JSON.stringify(args)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${service} exited with ${code}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"url"')) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
  });
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

if (process.argv[2] === 'serve') await serve(process.argv[3]!, JSON.parse(process.argv[4]!) as ServeArgs);
