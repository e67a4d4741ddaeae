// Reads what a config schema says about itself (description, default, optionality) through zod's wrappers,
// so `.describe()` may come before or after `.default()`.
import { z } from 'zod';
import { devSecretDefault } from './dev-secret.ts';

export interface SchemaInfo {
  description: string | undefined;
  /** The default as it would be written in an env file. */
  defaultValue: string | undefined;
  required: boolean;
  secret: boolean;
}

export function schemaInfo(schema: z.ZodType): SchemaInfo {
  const devDefault = devSecretDefault(schema);
  const info: SchemaInfo = {
    description: schema.description,
    defaultValue: devDefault,
    required: devDefault === undefined,
    secret: devDefault !== undefined,
  };
  let current: z.ZodType | undefined = schema;
  while (current) {
    info.description ??= current.description;
    if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
      info.required = false;
      info.defaultValue ??= envText(current.def.defaultValue);
    }
    if (current instanceof z.ZodOptional) info.required = false;
    current = unwrap(current);
  }
  return info;
}

function unwrap(schema: z.ZodType): z.ZodType | undefined {
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  ) {
    return schema.def.innerType as z.ZodType;
  }
  if (schema instanceof z.ZodPipe) return schema.def.in as z.ZodType;
  return undefined;
}

function envText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
