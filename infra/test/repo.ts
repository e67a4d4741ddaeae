// Reading the repository's deployment files from the static checks.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const repoPath = (...parts: string[]) => path.join(root, ...parts);

export const readText = (file: string) => readFileSync(repoPath(file), 'utf8');

/** One YAML document; `<<` merge keys resolved, as docker compose does. */
export function readYaml<T = unknown>(file: string): T {
  return parse(readText(file), { merge: true }) as T;
}

export function readYamlDocuments<T = unknown>(file: string): T[] {
  return parseAllDocuments(readText(file), { merge: true }).map((d) => d.toJS() as T);
}

export const exists = (file: string) => existsSync(repoPath(file));

/** Every file under a folder of the repository, relative to the root. */
export function listFiles(dir: string): string[] {
  return readdirSync(repoPath(dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  networks?: string[];
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  profiles?: string[];
  labels?: Record<string, string>;
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
  entrypoint?: string[];
  command?: string[];
  volumes?: string[];
}

export interface Compose {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean } | null>;
  volumes: Record<string, unknown>;
}

export const loadCompose = () => readYaml<Compose>('docker-compose.yml');

/** The workspaces of the root package.json, as folders that exist. */
export function workspaceDirs(): string[] {
  const pkg = JSON.parse(readText('package.json')) as { workspaces: string[] };
  return pkg.workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return exists(`${pattern}/package.json`) ? [pattern] : [];
    const parent = pattern.slice(0, -2);
    return readdirSync(repoPath(parent))
      .map((d) => `${parent}/${d}`)
      .filter((d) => exists(`${d}/package.json`));
  });
}
