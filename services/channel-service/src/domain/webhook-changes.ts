// Splits a validated webhook into its `messages` changes (one per WhatsApp number), each with its
// mapped messages, statuses and the citizens' profile names. Other fields (group events, account
// updates) are acknowledged and counted, not stored.
import { parse } from '@govconnect/service-kit';
import { mapMessage, type MappedMessage } from './inbound-message.ts';
import { MessagesValue, type WebhookPayload, type WebhookStatus } from './webhook-payload.ts';

export interface StatusUpdate {
  wamid: string;
  status: string;
  recipientId?: string;
  at: Date;
  errorCode?: number;
  errorTitle?: string;
}

export interface MessagesChange {
  phoneNumberId: string;
  profileNames: Map<string, string>;
  messages: MappedMessage[];
  statuses: StatusUpdate[];
}

export interface SplitWebhook {
  changes: MessagesChange[];
  ignoredFields: string[];
}

function mapStatus(s: WebhookStatus): StatusUpdate {
  const error = s.errors?.[0];
  return {
    wamid: s.id,
    status: s.status,
    recipientId: s.recipient_id,
    at: new Date(Number(s.timestamp) * 1000),
    errorCode: error?.code,
    errorTitle: error?.title ?? error?.message,
  };
}

export function splitWebhook(payload: WebhookPayload): SplitWebhook {
  const result: SplitWebhook = { changes: [], ignoredFields: [] };
  payload.entry.forEach((entry, e) => {
    entry.changes.forEach((change, c) => {
      if (change.field !== 'messages') {
        result.ignoredFields.push(change.field);
        return;
      }
      // A malformed change is the sender's fault: a 400 naming every problem in it.
      const value = parse(MessagesValue, change.value, `body.entry.${e}.changes.${c}.value`);
      const profileNames = new Map<string, string>();
      for (const contact of value.contacts ?? []) {
        if (contact.wa_id && contact.profile?.name) profileNames.set(contact.wa_id, contact.profile.name);
      }
      result.changes.push({
        phoneNumberId: value.metadata.phone_number_id,
        profileNames,
        messages: (value.messages ?? []).map(mapMessage),
        statuses: (value.statuses ?? []).map(mapStatus),
      });
    });
  });
  return result;
}
