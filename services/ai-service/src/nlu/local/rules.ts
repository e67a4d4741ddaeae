// The exact rules that run before the classifier: complaint ids, and messages that are nothing but
// a greeting or a thank-you.
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

const POLITE = [
  'admin',
  'pak',
  'bu',
  'kak',
  'mas',
  'mbak',
  'ya',
  'semua',
  'semuanya',
  'desa',
  'sukamaju',
  'bot',
];
const GREETING_WORDS = new Set([
  ...POLITE,
  'halo',
  'hai',
  'assalamualaikum',
  'wr',
  'wb',
  'selamat',
  'pagi',
  'siang',
  'sore',
  'malam',
  'permisi',
  'punten',
  'salam',
  'sejahtera',
  'sampurasun',
  'misi',
  'apa',
  'kabar',
]);
const GREETING_CORE = new Set([
  'halo',
  'hai',
  'assalamualaikum',
  'pagi',
  'siang',
  'sore',
  'malam',
  'permisi',
  'punten',
  'salam',
  'misi',
  'kabar',
]);
const THANKS_WORDS = new Set([
  ...POLITE,
  'terima',
  'kasih',
  'banyak',
  'matur',
  'nuwun',
  'suwun',
  'hatur',
  'nuhun',
  'oke',
  'ok',
  'siap',
  'baik',
  'sip',
  'mantap',
]);
const THANKS_CORE = new Set(['kasih', 'nuwun', 'suwun', 'nuhun']);

/** GREETING or THANKS when every word of the message belongs to one. */
export function smallTalkIntent(tokens: readonly string[]): Intent | undefined {
  if (!tokens.length) return undefined;
  if (tokens.every((t) => THANKS_WORDS.has(t)) && tokens.some((t) => THANKS_CORE.has(t))) return 'THANKS';
  if (tokens.every((t) => GREETING_WORDS.has(t)) && tokens.some((t) => GREETING_CORE.has(t)))
    return 'GREETING';
  return undefined;
}

const COMPLAINT_WORDS =
  /^(lapor\w*|aduan\w*|pengaduan\w*|adu|mengadu\w*|keluhan\w*|komplain\w*|tiket\w*|status|progres\w*|perkembangan)$/;

/** Whether a message refers to a complaint at all (a status check or a cancellation needs one). */
export function mentionsComplaint(tokens: readonly string[]): boolean {
  return tokens.some((t) => COMPLAINT_WORDS.test(t));
}
