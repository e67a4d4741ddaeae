// Configuration of the redrive command, from the environment (STYLE.md rule 4: only config files
// read process.env).
import { z } from 'zod';

const Env = z.object({
  RABBITMQ_URL: z
    .url({ protocol: /^amqps?$/, message: 'an amqp:// or amqps:// URL' })
    .default('amqp://guest:guest@127.0.0.1:5672')
    .describe('The RabbitMQ broker, as the services reach it.'),
});

export function loadRedriveConfig(env: NodeJS.ProcessEnv = process.env): { amqpUrl: string } {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return { amqpUrl: parsed.data.RABBITMQ_URL };
}
