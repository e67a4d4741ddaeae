// Parses the environment once at boot against a service's config shape and fails fast, listing every
// problem readably, so a misconfigured container stops with one clear message instead of failing later.
import { z } from 'zod';
import { isSensitiveKey } from '../redaction/sensitive-key.ts';
import { redactString } from '../redaction/redact-string.ts';
import { ConfigError, type ConfigProblem } from './config-error.ts';
import { devSecretDefault } from './dev-secret.ts';
import { schemaInfo } from './schema-info.ts';

export type ConfigShape = Record<string, z.ZodType>;
export type Config<S extends ConfigShape> = z.output<z.ZodObject<S>>;
export type Env = Record<string, string | undefined>;

export function loadConfig<S extends ConfigShape>(
  service: string,
  shape: S,
  env: Env = process.env,
): Config<S> {
  const production = env.NODE_ENV === 'production';
  const input: Record<string, string | undefined> = {};
  const problems: ConfigProblem[] = [];

  for (const [key, schema] of Object.entries(shape)) {
    // `PORT=` in an env file means "not set", not "the empty string".
    const raw = env[key] === '' ? undefined : env[key];
    const devDefault = devSecretDefault(schema);
    if (devDefault !== undefined && production && (raw === undefined || raw === devDefault)) {
      const problem =
        raw === undefined
          ? `is required in production; ${service} refuses to start without it`
          : `is the development default; ${service} refuses to start with the development default in production`;
      problems.push({ key, problem, description: schemaInfo(schema).description });
      continue;
    }
    input[key] = raw ?? devDefault;
  }

  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '(root)');
      if (problems.some((p) => p.key === key)) continue;
      const schema = shape[key];
      problems.push({
        key: issue.path.map(String).join('.') || key,
        problem: describeIssue(issue, input[key], !schema || isSecret(key, schema)),
        description: schema && schemaInfo(schema).description,
      });
    }
  }
  if (problems.length > 0) {
    const order = Object.keys(shape);
    const position = (key: string) => order.indexOf(key.split('.')[0] ?? key);
    throw new ConfigError(
      service,
      problems.sort((a, b) => position(a.key) - position(b.key)),
    );
  }
  return result.data as Config<S>;
}

function isSecret(key: string, schema: z.ZodType): boolean {
  return isSensitiveKey(key) || devSecretDefault(schema) !== undefined;
}

function describeIssue(issue: z.core.$ZodIssue, raw: string | undefined, secret: boolean): string {
  if (raw === undefined) return 'is required but not set';
  // Echo what was given so the operator sees the typo, but never a secret's value.
  const got = secret
    ? ''
    : `, got ${JSON.stringify(redactString(raw.length > 60 ? `${raw.slice(0, 60)}...` : raw))}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => String(v)).join('|')}${got}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}${got}`;
    default:
      return `${lowerFirst(issue.message)}${got}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
