// CPU time from /proc (Linux): per request or per conversation it is a steadier figure than latency or
// throughput on a machine shared with other work. null where /proc is not there.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system, ms) a process has used so far. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
  } catch {
    return null;
  }
}

/** CPU time (ms) used so far by every process of the given command name (e.g. all PostgreSQL backends). */
export function commandCpuMs(command: string): number | null {
  try {
    let sum = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command) sum += cpuMs(Number(pid)) ?? 0;
      } catch {
        // the process ended meanwhile
      }
    }
    return sum;
  } catch {
    return null;
  }
}

/** CPU ms per unit of work between two readings, three decimals; null when either reading is missing. */
export function perUnit(before: number | null, after: number | null, units: number): number | null {
  return before == null || after == null || units === 0
    ? null
    : Number(((after - before) / units).toFixed(3));
}
