// The body of every service's main.ts: start, stop cleanly on SIGTERM / SIGINT, and turn a
// configuration error into a readable message and exit code 1 instead of a stack trace.
import { ConfigError, type Lifecycle } from '@govconnect/service-kit';

export async function runMain(start: () => Promise<{ lifecycle: Lifecycle }>): Promise<void> {
  try {
    const service = await start();
    service.lifecycle.installSignalHandlers();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
