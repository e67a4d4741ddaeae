// @govconnect/wa-simulator: a local stand-in for Meta's WhatsApp Cloud API (see README.md).
export { startSimulator, type RunningSimulator, type SimulatorOptions } from './simulator.ts';
export { signature, metaJson } from './webhooks/meta-json.ts';
