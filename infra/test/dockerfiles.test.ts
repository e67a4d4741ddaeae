// The images, checked statically: pinned base, multi-stage, only the workspace's production
// dependencies, non-root, a health check, and a .dockerignore that keeps secrets and modules out.
import { describe, expect, it } from 'vitest';
import { exists, loadCompose, readText, workspaceDirs } from './repo.ts';

const compose = loadCompose();
const images = Object.entries(compose.services)
  .filter(([, s]) => s.build)
  .map(([name, s]) => ({ name, file: `${s.build!.context}/${s.build!.dockerfile}`.replace(/^\.\//, '') }))
  .filter(({ file }) => exists(file));

describe.each(images)('$file', ({ file }) => {
  const text = readText(file);
  const workspace = file.replace(/\/Dockerfile$/, '');

  it('when it is built, then every stage starts from a pinned node 22 image', () => {
    expect(text).toMatch(/^ARG NODE_IMAGE=node:22\.\d+\.\d+-(alpine|slim|bookworm-slim)[\w.]*$/m);
    const froms = [...text.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^(\$\{NODE_IMAGE\}|[a-z-]+)$/);
  });

  it('when dependencies are installed, then it is npm ci of this workspace, production only in what runs', () => {
    expect(text).toMatch(new RegExp(`npm ci --omit=dev --workspace ${workspace} `));
    const runtime = text.slice(text.lastIndexOf('\nFROM '));
    expect(runtime).not.toMatch(/npm (ci|install)/);
  });

  it('when npm ci checks the lockfile, then every workspace manifest has been copied', () => {
    for (const dir of workspaceDirs()) expect(text, dir).toContain(`COPY ${dir}/package.json ${dir}/`);
  });

  it('when it runs, then it runs as a non-root user and Docker checks /health', () => {
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/^HEALTHCHECK .*\n?.*\/health/m);
    for (const [, source] of text.matchAll(/^COPY (?!--from)(?:--\S+ )*(\S+) /gm))
      expect(exists(source!.replace(/\/$/, '')), `${file}: COPY ${source}`).toBe(true);
  });
});

describe('service images', () => {
  it('when a service image starts, then it applies migrations with prisma migrate deploy before serving', () => {
    const entrypoint = readText('infra/docker/service-entrypoint.sh');
    expect(entrypoint).toContain('prisma migrate deploy');
    expect(entrypoint).toMatch(/start\)\n\s+migrate\n\s+exec tsx src\/main.ts/);
    for (const svc of ['channel-service', 'ai-service', 'case-service', 'notification-service']) {
      const text = readText(`services/${svc}/Dockerfile`);
      expect(text).toContain('node scripts/generate-prisma.mjs');
      expect(text).toContain('MIGRATE_ON_START=false');
      expect(exists(`services/${svc}/prisma.config.ts`)).toBe(true);
    }
  });

  it('when the build context is sent, then .dockerignore leaves out modules, secrets, tests and generated code', () => {
    const ignore = readText('.dockerignore').split('\n');
    for (const entry of ['**/node_modules', '**/.env', '.git', '**/src/generated', '**/test'])
      expect(ignore).toContain(entry);
    expect(ignore).not.toContain('infra/docker');
  });
});
