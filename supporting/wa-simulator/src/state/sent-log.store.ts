// Every Graph API send request the simulator received, accepted or not, for tests to assert on. Only the
// raw text is kept (the benchmark sends hundreds of thousands); it is parsed when listed.

export interface SentRequest {
  at: string;
  phoneNumberId: string;
  /** The HTTP status the simulator answered with. */
  status: number;
  wamid?: string;
  /** The request body exactly as received. */
  raw: string;
}

export interface ListedSentRequest extends SentRequest {
  /** The same body parsed, or null when it was not JSON. */
  body: unknown;
}

export class SentLog {
  private entries: SentRequest[] = [];

  add(entry: SentRequest): void {
    this.entries.push(entry);
  }

  list(filter: { to?: string } = {}): ListedSentRequest[] {
    const listed = this.entries.map((e) => ({ ...e, body: parseOrNull(e.raw) }));
    if (!filter.to) return listed;
    return listed.filter((e) => (e.body as { to?: unknown } | null)?.to === filter.to);
  }

  clear(): void {
    this.entries = [];
  }
}

function parseOrNull(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
