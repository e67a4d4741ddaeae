// What the dashboard's live inbox streams: new messages, status changes and conversation state,
// published after the transaction that caused them committed. In-process: each replica streams
// what it handled itself (see the README's known limits).
import { EventEmitter } from 'node:events';

export type LiveEventKind = 'message' | 'status' | 'conversation';

export interface LiveEvent {
  kind: LiveEventKind;
  villageId: string;
  conversationId: string;
  data: Record<string, unknown>;
}

export class LiveFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per connected dashboard tab.
    this.emitter.setMaxListeners(0);
  }

  publish(event: LiveEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
