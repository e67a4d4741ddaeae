/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are untyped YAML */
// A small kustomize: the subset infra/ uses (resources, namespace, labels, images, replicas, JSON 6902
// patches with a target; `labels` without includeSelectors, so on metadata only). `kubectl kustomize`, when installed, must agree (kubernetes.test.ts).
import path from 'node:path';
import { readYaml, readYamlDocuments } from './repo.ts';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: any;
}

interface Kustomization {
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path: string; target: { kind: string; name?: string } }[];
}

type Op = { op: 'replace' | 'add'; path: string; value: unknown };

function applyOp(obj: any, { op, path: pointer, value }: Op): void {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop()!;
  let node = obj;
  for (const p of parts) {
    if (node[p] === undefined) throw new Error(`patch path ${pointer} does not exist`);
    node = node[p];
  }
  if (op === 'replace' && node[last] === undefined) throw new Error(`replace: ${pointer} does not exist`);
  node[last] = structuredClone(value);
}

export function build(dir: string): K8sObject[] {
  const k = readYaml<Kustomization>(path.join(dir, 'kustomization.yaml'));
  const objects: K8sObject[] = (k.resources ?? []).flatMap((r) => {
    const p = path.join(dir, r);
    return r.endsWith('.yaml') ? readYamlDocuments<K8sObject>(p) : build(p);
  });
  for (const patch of k.patches ?? []) {
    const ops = readYaml<Op[]>(path.join(dir, patch.path));
    const targets = objects.filter(
      (o) => o.kind === patch.target.kind && (!patch.target.name || o.metadata.name === patch.target.name),
    );
    if (targets.length === 0) throw new Error(`patch ${patch.path} matches nothing`);
    for (const t of targets) for (const op of ops) applyOp(t, op);
  }
  for (const { name, count } of k.replicas ?? []) {
    const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === name);
    if (!d) throw new Error(`replicas: no Deployment ${name}`);
    d.spec.replicas = count;
  }
  for (const o of objects) {
    for (const { pairs } of k.labels ?? []) o.metadata.labels = { ...o.metadata.labels, ...pairs };
    if (k.namespace) o.metadata.namespace = k.namespace;
    for (const c of [
      ...(o.spec?.template?.spec?.containers ?? []),
      ...(o.spec?.template?.spec?.initContainers ?? []),
    ]) {
      const image = k.images?.find((i) => i.name === c.image.split(':')[0]);
      if (image)
        c.image = `${image.newName ?? image.name}:${image.newTag ?? c.image.split(':')[1] ?? 'latest'}`;
    }
  }
  return objects;
}
