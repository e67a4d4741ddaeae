#!/usr/bin/env -S npx tsx
// govconnect-redrive <queue> [--limit N] [--url amqp://...]: moves the dead letters of <queue>
// (from <queue>.dlq) back to <queue> and prints how many it moved. The broker URL defaults to
// RABBITMQ_URL.
import { parseArgs } from 'node:util';
import { ConnectionManager } from './connection.ts';
import { redrive } from './redrive.ts';
import { loadRedriveConfig } from './redrive.config.ts';

const USAGE = 'usage: govconnect-redrive <queue> [--limit N] [--url amqp://user:pass@host:5672]';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { limit: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [queue, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!queue || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    console.error(`--limit must be a whole number, got ${values.limit}\n${USAGE}`);
    return 2;
  }
  let url: string;
  try {
    url = values.url ?? loadRedriveConfig().amqpUrl;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const connection = new ConnectionManager({
    url,
    connectionName: 'govconnect-redrive',
    reconnect: { maxMs: 2_000 },
  });
  try {
    await connection.start({ timeoutMs: 10_000 });
    const { moved } = await redrive(connection, queue, limit === undefined ? {} : { limit });
    console.log(`moved ${moved} message${moved === 1 ? '' : 's'} from ${queue}.dlq to ${queue}`);
    return 0;
  } catch (error) {
    console.error(`redrive failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await connection.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
