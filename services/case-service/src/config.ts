// The case service's configuration, parsed once from the environment at start.
import { VillageId } from '@govconnect/contracts';
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';
import { z } from 'zod';

export const SERVICE_NAME = 'case-service';

/** `key@village,key@village`: each partner's Open311 api_key and the village it may file into. */
const Open311Keys = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const keys = new Map<string, string>();
    for (const entry of raw
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const at = entry.lastIndexOf('@');
      const key = entry.slice(0, at);
      const village = entry.slice(at + 1);
      if (at < 16 || !VillageId.safeParse(village).success)
        ctx.addIssue({
          code: 'custom',
          message: 'each entry is key@village-id, the key at least 16 characters',
        });
      else keys.set(key, village);
    }
    return keys;
  })
  .describe(
    'Open311 partner api_keys allowed to POST requests, as key@village-id,key@village-id (empty: POST disabled)',
  );

export const caseConfigShape = {
  ...hostConfigShape({ port: 3003, database: 'gc_case' }),
  OPEN311_API_KEYS: Open311Keys,
};

export function loadCaseConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, caseConfigShape, env);
}

export type CaseConfig = ReturnType<typeof loadCaseConfig>;
