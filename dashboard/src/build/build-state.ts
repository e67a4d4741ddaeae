// Whether the Next build in a dist directory is newer than every source file (main.ts and the
// end-to-end tests rebuild only when it is not).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newest(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  const children = readdirSync(p).filter((n) => n !== 'generated' && !n.endsWith('.test.ts'));
  return Math.max(s.mtimeMs, ...children.map((n) => newest(path.join(p, n))));
}

export function buildIsCurrent(appDir: string, distDir: string): boolean {
  const id = path.join(appDir, distDir, 'BUILD_ID');
  if (!existsSync(id)) return false;
  const sources = ['src', 'next.config.ts', 'postcss.config.mjs', 'package.json'].map((p) =>
    path.join(appDir, p),
  );
  return statSync(id).mtimeMs > Math.max(...sources.filter(existsSync).map(newest));
}
