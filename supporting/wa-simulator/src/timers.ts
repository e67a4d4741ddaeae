// Timers the simulator has scheduled (status webhooks to come), so stop() can cancel them all.

export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();
  private stopped = false;

  after(ms: number, task: () => Promise<void>): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      // A task reports its own failures (the delivery log); nothing may escape as an unhandled rejection.
      task().catch(() => undefined);
    }, ms);
    this.pending.add(timer);
  }

  get size(): number {
    return this.pending.size;
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
