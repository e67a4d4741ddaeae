// Settings of `npm run bench` (intake). Overridable from the environment for a longer or shorter run.
const num = (name: string, def: number) => Number(process.env[name] ?? def);

export const benchConfig = {
  /** The server PostgreSQL the throwaway bench database is created on. */
  adminDatabaseUrl: process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  rabbitmqUrl: process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  /** Seconds of each measured phase. */
  durationS: num('BENCH_DURATION_S', 10),
  /** Seconds at the fixed rate before it is measured (not recorded). */
  settleS: num('BENCH_SETTLE_S', 5),
  /** Concurrent connections of the saturation phases (ours and the hello-world baseline). */
  connections: num('BENCH_CONNECTIONS', 64),
  /** The fixed rate at which the p99 target is measured. */
  fixedRate: num('BENCH_RATE', 1000),
  /** Distinct citizens the webhooks come from. */
  citizens: num('BENCH_CITIZENS', 500),
  /** Every Nth webhook is a redelivery of an earlier one, as Meta does. */
  redeliverEvery: num('BENCH_REDELIVER_EVERY', 20),
  /** Channel settings to try, as JSON, e.g. {"INTAKE_CONCURRENCY":"2"}. */
  channelEnv: process.env.BENCH_CHANNEL_ENV ?? '{}',
  /** When set, the servers write V8 CPU profiles (.cpuprofile) into this directory. */
  profileDir: process.env.BENCH_PROFILE_DIR,
  /** Webhooks whose path to the live stream is timed. */
  streamSamples: num('BENCH_STREAM_SAMPLES', 200),
};
