// Lists a config shape as documentation, so `.env.example` and README env tables are generated, not typed.
import type { ConfigShape } from './load-config.ts';
import { schemaInfo } from './schema-info.ts';

export interface ConfigEntry {
  key: string;
  description: string;
  /** As it would be written in an env file; for a dev secret, its development default. */
  defaultValue: string | undefined;
  required: boolean;
  secret: boolean;
}

export function describeConfig(shape: ConfigShape): ConfigEntry[] {
  return Object.entries(shape).map(([key, schema]) => {
    const info = schemaInfo(schema);
    return {
      key,
      description: info.description ?? '',
      defaultValue: info.defaultValue,
      required: info.required,
      secret: info.secret,
    };
  });
}

/** The text of an `.env.example`: each key with its description as a comment, required keys left empty. */
export function renderEnvExample(shape: ConfigShape): string {
  return describeConfig(shape)
    .map(({ key, description, defaultValue, required, secret }) => {
      const notes = [
        description,
        required ? 'required' : undefined,
        secret ? 'must be changed in production' : undefined,
      ];
      return `# ${notes.filter(Boolean).join('; ')}\n${key}=${defaultValue ?? ''}\n`;
    })
    .join('\n');
}
