import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MESSAGING_PRISMA_MODELS } from './prisma-models.ts';

describe('prisma models', () => {
  it('when the tests generate their client, then they use exactly the models services are told to include', async () => {
    const schema = await readFile(new URL('../test/prisma/schema.prisma', import.meta.url), 'utf8');
    expect(schema).toContain(MESSAGING_PRISMA_MODELS);
  });

  it('when the README shows the models, then it shows exactly these', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(MESSAGING_PRISMA_MODELS);
  });
});
