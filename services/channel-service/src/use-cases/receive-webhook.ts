// Intake of one verified webhook: each `messages` change is resolved to its village (an unknown
// number is logged and counted, never stored under a wrong village), then written through the group
// committer. Resolves only after the commit; rejects with a 503 when the database cannot take it.
import { AppError, Counter, currentRequestId, Histogram } from '@govconnect/service-kit';
import { splitWebhook } from '../domain/webhook-changes.ts';
import type { WebhookPayload } from '../domain/webhook-payload.ts';
import { commitIntake } from './commit-intake.ts';
import { GroupCommitter } from './group-committer.ts';
import type { ChannelDeps, IntakeOutcome, IntakeWork } from './intake.types.ts';
import { createVillageLookup } from './village-lookup.ts';

export function createIntake(deps: ChannelDeps) {
  const registry = deps.metrics.registry;
  const unknownNumbers = new Counter({
    name: 'channel_webhook_unknown_number_total',
    help: 'webhook changes for a phone_number_id that belongs to no village (acknowledged, not stored)',
    registers: [registry],
  });
  const ignoredFields = new Counter({
    name: 'channel_webhook_ignored_changes_total',
    help: 'webhook changes of fields this service does not handle, by field',
    labelNames: ['field'],
    registers: [registry],
  });
  const messages = new Counter({
    name: 'channel_inbound_messages_total',
    help: 'inbound messages by outcome: stored, or duplicate (a redelivery)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const groupSize = new Histogram({
    name: 'channel_intake_group_size',
    help: 'webhooks committed together in one intake transaction',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [registry],
  });
  const lookup = createVillageLookup(deps.db);
  const committer = new GroupCommitter<IntakeWork, IntakeOutcome>(
    async (works) => {
      groupSize.observe(works.length);
      const { outcomes, live, wroteEvents, mediaQueued } = await commitIntake(deps, works);
      if (mediaQueued > 0) deps.kickMedia();
      for (const event of live) deps.feed.publish(event);
      if (wroteEvents) deps.kickOutbox();
      return outcomes;
    },
    { maxGroup: deps.config.INTAKE_MAX_GROUP, concurrency: deps.config.INTAKE_CONCURRENCY },
  );

  return {
    async receive(payload: WebhookPayload): Promise<IntakeOutcome> {
      const split = splitWebhook(payload);
      for (const field of split.ignoredFields) ignoredFields.inc({ field });
      const work: IntakeWork = { correlationId: currentRequestId() ?? crypto.randomUUID(), changes: [] };
      for (const change of split.changes) {
        const village = await lookup(change.phoneNumberId).catch((err: unknown) => {
          throw AppError.unavailable(
            'STORAGE_UNAVAILABLE',
            'The message store is unavailable; retry later.',
            {},
            err,
          );
        });
        if (!village) {
          unknownNumbers.inc();
          deps.logger.warn('webhook for a WhatsApp number of no village; acknowledged, not stored', {
            phoneNumberId: change.phoneNumberId,
            messages: change.messages.length,
            statuses: change.statuses.length,
          });
          continue;
        }
        work.changes.push({ ...change, villageId: village.id });
      }
      if (work.changes.every((c) => c.messages.length === 0 && c.statuses.length === 0))
        return { stored: 0, duplicates: 0, statuses: 0 };
      try {
        const outcome = await committer.submit(work);
        messages.inc({ outcome: 'stored' }, outcome.stored);
        messages.inc({ outcome: 'duplicate' }, outcome.duplicates);
        return outcome;
      } catch (err) {
        // Meta redelivers on anything but a 200: a 503 keeps the message at Meta until we can store it.
        throw AppError.unavailable(
          'STORAGE_UNAVAILABLE',
          'The message store is unavailable; retry later.',
          {},
          err,
        );
      }
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
