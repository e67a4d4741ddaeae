// Group commit: webhooks that arrive while a transaction is running wait and are written together in
// the next one, so the database sees one commit (one fsync) for many webhooks. Each caller's promise
// settles only after the transaction holding its work committed, so an acknowledged webhook is durable.
export class GroupCommitter<TItem, TResult> {
  private queue: { item: TItem; resolve: (r: TResult) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;

  constructor(
    private readonly commit: (items: TItem[]) => Promise<TResult[]>,
    private readonly options: { maxGroup: number; concurrency: number },
  ) {}

  submit(item: TItem): Promise<TResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.concurrency && this.queue.length > 0) {
      const group = this.queue.splice(0, this.options.maxGroup);
      this.running++;
      void this.run(group).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(group: typeof this.queue): Promise<void> {
    try {
      const results = await this.commit(group.map((g) => g.item));
      group.forEach((g, i) => g.resolve(results[i]!));
    } catch (err) {
      if (group.length === 1) {
        group[0]!.reject(err);
        return;
      }
      // One bad webhook must not fail the others: write them one by one.
      await Promise.all(
        group.map(async (g) => {
          try {
            g.resolve((await this.commit([g.item]))[0]!);
          } catch (e) {
            g.reject(e);
          }
        }),
      );
    }
  }
}
