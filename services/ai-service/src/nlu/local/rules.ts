// The exact rules about complaints that run around the classifier: complaint ids, and whether a
// message refers to a complaint at all. Greetings and thanks are in small-talk.ts.
import type { Intent } from '@govconnect/contracts';

const COMPLAINT_ID = /\bLAP[-\s]?(\d{8})[-\s]?(\d{3,})\b/i;
const CANCEL_WORDS = /\b(batal\w*|cancel\w*|cabut\w*|hapus\w*|tarik\w*|gajadi|urungkan)\b/i;
const CANCEL_PHRASE = /\btidak jadi\b/;

/** The complaint id in a message, in its canonical form (`LAP-20261118-007`). */
export function findComplaintId(text: string): string | undefined {
  const m = COMPLAINT_ID.exec(text);
  return m ? `LAP-${m[1]}-${m[2]}` : undefined;
}

/** With a complaint id, the intent is a status check unless the citizen asks to cancel it. */
export function intentForComplaintId(rawText: string, normalized: string): Intent {
  return CANCEL_WORDS.test(rawText) || CANCEL_PHRASE.test(normalized) ? 'CANCEL_COMPLAINT' : 'CHECK_STATUS';
}

const COMPLAINT_WORDS =
  /^(lapor\w*|aduan\w*|pengaduan\w*|adu|mengadu\w*|keluhan\w*|komplain\w*|tiket\w*|status|progres\w*|perkembangan)$/;

/** Whether a message refers to a complaint at all (a status check or a cancellation needs one). */
export function mentionsComplaint(tokens: readonly string[]): boolean {
  return tokens.some((t) => COMPLAINT_WORDS.test(t));
}
