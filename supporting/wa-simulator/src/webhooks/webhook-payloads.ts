// Builds webhook bodies in the WhatsApp Cloud API's shape: an inbound citizen message (text, image, document,
// location) and an outbound message's status (sent, delivered, read, failed).
import { createHash } from 'node:crypto';

// The business account every simulated number belongs to.
const WABA_ID = '200000000000001';

/** A display number for a phone_number_id, stable and obviously fake (Indonesian +62 800 range). */
export function displayNumber(phoneNumberId: string): string {
  return `62800${phoneNumberId.slice(-7).padStart(7, '0')}`;
}

function envelope(phoneNumberId: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WABA_ID,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: displayNumber(phoneNumberId),
                phone_number_id: phoneNumberId,
              },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

export type InboundContent =
  | { type: 'text'; text: { body: string } }
  | {
      type: 'location';
      location: { latitude: number; longitude: number; name?: string; address?: string };
    }
  | { type: 'image'; image: { caption?: string; mime_type: string; sha256: string; id: string } }
  | {
      type: 'interactive';
      interactive:
        | { type: 'button_reply'; button_reply: { id: string; title: string } }
        | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } };
    }
  | {
      type: 'document';
      document: { caption?: string; filename: string; mime_type: string; sha256: string; id: string };
    };

export interface InboundMessage {
  phoneNumberId: string;
  waId: string;
  name: string;
  wamid: string;
  timestampSec: number;
  content: InboundContent;
  contextId?: string;
}

export function inboundMessageWebhook(m: InboundMessage) {
  const context = m.contextId ? { context: { from: displayNumber(m.phoneNumberId), id: m.contextId } } : {};
  return envelope(m.phoneNumberId, {
    contacts: [{ profile: { name: m.name }, wa_id: m.waId }],
    messages: [
      {
        ...context,
        from: m.waId,
        id: m.wamid,
        timestamp: String(m.timestampSec),
        ...m.content,
      },
    ],
  });
}

export interface MetaStatusError {
  code: number;
  title: string;
  message: string;
  error_data: { details: string };
  href: string;
}

export interface StatusUpdate {
  phoneNumberId: string;
  waId: string;
  wamid: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestampSec: number;
  /** Template messages open a paid business-initiated conversation; the rest are service conversations. */
  category: 'service' | 'utility';
  bizOpaqueCallbackData?: string;
  errors?: MetaStatusError[];
}

export function statusWebhook(s: StatusUpdate) {
  const base = {
    id: s.wamid,
    status: s.status,
    timestamp: String(s.timestampSec),
    recipient_id: s.waId,
    ...(s.bizOpaqueCallbackData ? { biz_opaque_callback_data: s.bizOpaqueCallbackData } : {}),
  };
  if (s.status === 'failed')
    return envelope(s.phoneNumberId, { statuses: [{ ...base, errors: s.errors ?? [] }] });
  const conversationId = createHash('md5').update(`${s.phoneNumberId}:${s.waId}`).digest('hex');
  const conversation = {
    id: conversationId,
    ...(s.status === 'sent' ? { expiration_timestamp: String(s.timestampSec + 24 * 3600) } : {}),
    origin: { type: s.category },
  };
  const pricing = { billable: true, pricing_model: 'CBP', category: s.category };
  return envelope(s.phoneNumberId, { statuses: [{ ...base, conversation, pricing }] });
}

/** The status Meta sends when a free-form message falls outside the 24-hour customer service window. */
export const REENGAGEMENT_ERROR: MetaStatusError = {
  code: 131047,
  title: 'Re-engagement message',
  message: 'Re-engagement message',
  error_data: {
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  },
  href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
};
