import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderAll } from './env-example.ts';

it('when a service config changes, then .env.example has been regenerated to match it', () => {
  const onDisk = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  expect(onDisk, 'run: npx tsx scripts/env-example.ts').toBe(renderAll());
});
