// The dispatcher: claims due notifications and sends each through channel-service, as text inside
// the citizen's 24-hour window and as the approved template outside it, then records the outcome.
import { runWithContext } from '@govconnect/service-kit';
import type { SendContent, SendOutcome } from '../channel/channel-client.ts';
import { OUTSIDE_WINDOW_CODE } from '../domain/retry-policy.ts';
import type { NotificationDeps } from '../deps.ts';
import { claimDue } from '../repositories/dispatch.repository.ts';
import type { NotificationRow } from '../repositories/notification.repository.ts';
import { recordAccepted } from './record-accepted.ts';
import { settleFailure } from './settle-failure.ts';

type Mode = 'text' | 'template';
interface WaTemplate {
  name: string;
  language: string;
  parameters: string[];
}

/** Sends what is due, batch after batch; returns how many were attempted. */
export async function dispatchDue(deps: NotificationDeps): Promise<number> {
  const { config } = deps;
  let total = 0;
  for (;;) {
    const batch = await claimDue(deps.db, {
      batchSize: config.DISPATCH_BATCH_SIZE,
      leaseMs: config.SEND_LEASE_MS,
      pairIntervalMs: config.PAIR_INTERVAL_MS,
    });
    // Each send carries its event's correlation id, so one search follows a case event to the phone.
    await Promise.all(
      batch.map((n) =>
        runWithContext(
          {
            requestId: n.correlationId,
            villageId: n.villageId,
            fields: { notificationId: n.id, ...(n.complaintId ? { complaintId: n.complaintId } : {}) },
          },
          () => dispatchOne(deps, n),
        ),
      ),
    );
    total += batch.length;
    if (batch.length < config.DISPATCH_BATCH_SIZE) return total;
  }
}

async function dispatchOne(deps: NotificationDeps, n: NotificationRow): Promise<void> {
  const template = n.waTemplate as WaTemplate | null;
  try {
    let mode = await chooseMode(deps, n, template);
    let outcome = await send(deps, n, mode, template);
    // The window closed between the look-up and the send: the template is what Meta allows.
    if (outcome.kind === 'outside-window' && mode === 'text' && template) {
      mode = 'template';
      outcome = await send(deps, n, mode, template);
    }
    await settle(deps, n, mode, outcome);
  } catch (err) {
    // Our own failure (the window look-up, the database): the next attempt may do better.
    deps.logger.error('notification dispatch failed', { err, notificationId: n.id });
    await settleFailure(deps, n, { retryable: true, code: null, reason: `dispatch error: ${String(err)}` });
  }
}

async function chooseMode(
  deps: NotificationDeps,
  n: NotificationRow,
  template: WaTemplate | null,
): Promise<Mode> {
  if (!template) return 'text';
  if (n.forceTemplate) return 'template';
  return (await deps.channel.windowOpen(n.villageId, n.recipient, deps.now())) ? 'text' : 'template';
}

function send(deps: NotificationDeps, n: NotificationRow, mode: Mode, template: WaTemplate | null) {
  const content: SendContent =
    mode === 'text' || !template
      ? { text: n.renderedText }
      : {
          template: {
            name: template.name,
            language: template.language,
            ...(template.parameters.length > 0
              ? {
                  components: [
                    { type: 'body', parameters: template.parameters.map((text) => ({ type: 'text', text })) },
                  ],
                }
              : {}),
          },
        };
  return deps.channel.send(n.villageId, n.recipient, content, `notification:${n.sendKey}:${mode}`);
}

async function settle(deps: NotificationDeps, n: NotificationRow, mode: Mode, outcome: SendOutcome) {
  switch (outcome.kind) {
    case 'accepted':
      await recordAccepted(deps, n, { sentAs: mode, wamid: outcome.wamid, messageId: outcome.messageId });
      return;
    case 'outside-window':
      return settleFailure(deps, n, {
        retryable: false,
        code: OUTSIDE_WINDOW_CODE,
        reason: `outside the 24-hour window and no WhatsApp template for this notification: ${outcome.reason}`,
      });
    case 'retryable':
      return settleFailure(deps, n, {
        retryable: true,
        code: outcome.code,
        reason: outcome.reason,
        sameKey: outcome.sameKey,
      });
    case 'permanent':
      return settleFailure(deps, n, { retryable: false, code: outcome.code, reason: outcome.reason });
  }
}
