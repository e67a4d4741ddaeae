// A secret with a development default: convenient on a laptop, refused in production, where running with a
// default everyone can read in the repository would be a breach.
import { z } from 'zod';

/** Remembers which schemas are dev secrets and their default; loadConfig applies the production rule. */
export const devSecrets = z.registry<{ devDefault: string }>();

export function devSecret(devDefault: string, description: string) {
  const schema = z.string().min(1).describe(description);
  devSecrets.add(schema, { devDefault });
  return schema;
}

export function devSecretDefault(schema: z.ZodType): string | undefined {
  return devSecrets.get(schema)?.devDefault;
}
