// What each simulated citizen received from the business (their inbox) and sent to it, plus when they last
// wrote to each business number: Meta's 24-hour customer service window is counted from that moment.

export type DeliveryStatus = 'accepted' | 'sent' | 'delivered' | 'read' | 'failed';

export interface InboxItem {
  wamid: string;
  type: string;
  text: string;
  at: string;
  status: DeliveryStatus;
  phoneNumberId: string;
  /** The Graph API request body the business sent, as received. */
  request: unknown;
  /** Meta's error objects when the status is `failed`. */
  errors?: unknown[];
}

export interface CitizenMessage {
  wamid: string;
  type: string;
  text: string;
  at: string;
  phoneNumberId: string;
  /** The channel's HTTP status for the webhook, or undefined when it could not be reached. */
  channelStatus?: number;
}

interface Citizen {
  inbox: InboxItem[];
  sent: CitizenMessage[];
}

const WINDOW_MS = 24 * 60 * 60 * 1000;

export class CitizenStore {
  private readonly citizens = new Map<string, Citizen>();
  private readonly byWamid = new Map<string, InboxItem>();
  private readonly lastInbound = new Map<string, number>();

  addReceived(waId: string, item: InboxItem): void {
    this.citizen(waId).inbox.push(item);
    this.byWamid.set(item.wamid, item);
  }

  setStatus(wamid: string, status: DeliveryStatus, errors?: unknown[]): void {
    const item = this.byWamid.get(wamid);
    if (!item) return;
    item.status = status;
    if (errors) item.errors = errors;
  }

  addSent(waId: string, message: CitizenMessage, atMs: number): void {
    this.citizen(waId).sent.push(message);
    this.lastInbound.set(windowKey(message.phoneNumberId, waId), atMs);
  }

  /** Whether the business may send a free-form (non-template) message to this citizen now. */
  windowOpen(phoneNumberId: string, waId: string, nowMs: number): boolean {
    const last = this.lastInbound.get(windowKey(phoneNumberId, waId));
    return last !== undefined && nowMs - last < WINDOW_MS;
  }

  inbox(waId: string): InboxItem[] {
    return this.citizens.get(waId)?.inbox ?? [];
  }

  sent(waId: string): CitizenMessage[] {
    return this.citizens.get(waId)?.sent ?? [];
  }

  clear(): void {
    this.citizens.clear();
    this.byWamid.clear();
    this.lastInbound.clear();
  }

  private citizen(waId: string): Citizen {
    let citizen = this.citizens.get(waId);
    if (!citizen) {
      citizen = { inbox: [], sent: [] };
      this.citizens.set(waId, citizen);
    }
    return citizen;
  }
}

function windowKey(phoneNumberId: string, waId: string): string {
  return `${phoneNumberId}:${waId}`;
}
