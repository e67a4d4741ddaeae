// The dialogue's ports with a stopwatch on each, for the trace's timingsMs.
import type { DialoguePorts } from '../dialogue/ports.ts';

export interface PortTimings {
  nlu: number;
  retrieval: number;
  caseService: number;
}

export function timedPorts(ports: DialoguePorts): { ports: DialoguePorts; timings: PortTimings } {
  const timings: PortTimings = { nlu: 0, retrieval: 0, caseService: 0 };
  const time =
    <A extends unknown[], R>(key: keyof PortTimings, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await fn(...args);
      } finally {
        timings[key] = Math.round((timings[key] + performance.now() - start) * 100) / 100;
      }
    };
  const c = ports.cases;
  return {
    timings,
    ports: {
      understand: time('nlu', ports.understand),
      searchKnowledge: time('retrieval', ports.searchKnowledge),
      cases: {
        create: time('caseService', c.create.bind(c)),
        get: time('caseService', c.get.bind(c)),
        listMine: time('caseService', c.listMine.bind(c)),
        cancel: time('caseService', c.cancel.bind(c)),
      },
    },
  };
}
