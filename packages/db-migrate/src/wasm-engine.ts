// Loads Prisma's schema engine compiled to WebAssembly. The package is built for bundlers
// (`import * as wasm from './x.wasm'`), which Node cannot import, so we instantiate it by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine as SchemaEngineType } from '@prisma/schema-engine-wasm';

export type SchemaEngine = SchemaEngineType;
export type { DiffTarget, MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm';

// The WebAssembly global is in Node but not in the ES library typings we compile against.
interface WasmModule {
  readonly __brand: 'WebAssembly.Module';
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<{ exports: Record<string, unknown> }>;
  Module: { imports(module: WasmModule): { module: string; name: string }[] };
}
const WebAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let loaded: Promise<typeof bindings.SchemaEngine> | undefined;

export function loadSchemaEngineClass(): Promise<typeof bindings.SchemaEngine> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = await WebAssembly.compile(readFileSync(jsPath.replace(/\.js$/, '.wasm')));
    const imports: Record<string, Record<string, unknown>> = {};
    const glue = bindings as unknown as Record<string, unknown>;
    for (const imp of WebAssembly.Module.imports(module)) {
      (imports[imp.module] ??= {})[imp.name] = glue[imp.name];
    }
    const instance = await WebAssembly.instantiate(module, imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings.SchemaEngine;
  })();
  return loaded;
}
