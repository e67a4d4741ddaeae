// The faults currently injected. Graph failures are used up one call at a time; delays and duplicates last
// until cleared.
import type { GraphFault, WebhookFault } from '../faults/faults.schema.ts';

export interface GraphFailure {
  status: number;
  code?: number;
  subcode?: number;
}

export class FaultsStore {
  private graph: GraphFault | undefined;
  private failuresLeft = 0;
  private webhookFault: WebhookFault = {};

  set(faults: { graph?: GraphFault; webhook?: WebhookFault }): void {
    if (faults.graph) {
      this.graph = faults.graph;
      this.failuresLeft = faults.graph.status === undefined ? 0 : faults.graph.count;
    }
    if (faults.webhook) this.webhookFault = faults.webhook;
  }

  clear(): void {
    this.graph = undefined;
    this.failuresLeft = 0;
    this.webhookFault = {};
  }

  describe() {
    return {
      graph: this.graph && { ...this.graph, remaining: this.failuresLeft },
      webhook: this.webhookFault,
    };
  }

  graphDelayMs(): number {
    return this.graph?.delayMs ?? 0;
  }

  /** The failure this Graph call must answer with, if any; each call uses one up. */
  takeGraphFailure(): GraphFailure | undefined {
    const graph = this.graph;
    if (!graph || graph.status === undefined || this.failuresLeft <= 0) return undefined;
    this.failuresLeft -= 1;
    return { status: graph.status, code: graph.code, subcode: graph.subcode };
  }

  webhookDuplicates(): number {
    return this.webhookFault.duplicates ?? 0;
  }

  webhookDelayMs(): number {
    return this.webhookFault.delayMs ?? 0;
  }
}
