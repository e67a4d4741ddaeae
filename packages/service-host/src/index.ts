export { hostConfigShape, type HostConfig, type HostConfigShape } from './host-config.ts';
export {
  startService,
  type HostedDb,
  type RunningService,
  type ServiceDeps,
  type StartServiceOptions,
} from './start-service.ts';
export { runMain } from './run-main.ts';
