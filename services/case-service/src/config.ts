// The case service's configuration, parsed once from the environment at start.
import { hostConfigShape } from '@govconnect/service-host';
import { loadConfig, type Env } from '@govconnect/service-kit';

export const SERVICE_NAME = 'case-service';

export const caseConfigShape = {
  ...hostConfigShape({ port: 3003, database: 'gc_case' }),
};

export function loadCaseConfig(env: Env = process.env) {
  return loadConfig(SERVICE_NAME, caseConfigShape, env);
}

export type CaseConfig = ReturnType<typeof loadCaseConfig>;
