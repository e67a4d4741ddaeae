// Short answers inside a dialogue that the intent classifier is not trained for: yes / no / change,
// "never mind", "go on", and the wish to report something without saying what yet.
import { normalizeTokens } from '../nlu/local/normalize.ts';

const YES = new Set([
  'ya',
  'iya',
  'y',
  'yes',
  'yup',
  'betul',
  'benar',
  'ok',
  'oke',
  'okay',
  'setuju',
  'kirim',
  'sip',
  'boleh',
  'lanjutkan',
  'siap',
]);
const NO = new Set(['tidak', 'no', 'jangan', 'batal', 'batalkan', 'enggak', 'ndak']);
const EDIT = new Set(['ubah', 'ganti', 'edit', 'koreksi', 'perbaiki', 'salah', 'revisi']);
const GO_ON = new Set(['lanjut', 'lanjutkan', 'terus', 'teruskan']);
const REPORT = new Set([
  'lapor',
  'melapor',
  'laporkan',
  'aduan',
  'mengadu',
  'adukan',
  'keluhan',
  'komplain',
  'pengaduan',
]);

export type ShortAnswer = 'yes' | 'no' | 'edit';

/**
 * A short confirmation answer, or undefined when the message says something else. The first word
 * decides ("ya, batalkan" is yes). When confirming a cancellation, "batalkan" itself means yes.
 */
export function shortAnswer(text: string, options: { cancelling?: boolean } = {}): ShortAnswer | undefined {
  const tokens = normalizeTokens(text);
  if (tokens.length === 0 || tokens.length > 4) return undefined;
  if (tokens.some((t) => EDIT.has(t))) return 'edit';
  const isNo = (t: string) => NO.has(t) && !(options.cancelling && (t === 'batal' || t === 'batalkan'));
  const isYes = (t: string) =>
    YES.has(t) || (options.cancelling === true && (t === 'batal' || t === 'batalkan'));
  if (isYes(tokens[0]!)) return 'yes';
  if (tokens.some(isNo)) return 'no';
  if (tokens.some(isYes)) return 'yes';
  return undefined;
}

/** "batal", "gak jadi", "tidak jadi lapor": the citizen drops what they were doing. */
export function dropsIt(text: string): boolean {
  const joined = ` ${normalizeTokens(text).join(' ')} `;
  return / (batal|batalkan|cancel) /.test(joined) || / tidak jadi /.test(joined);
}

export function goesOn(text: string): boolean {
  const tokens = normalizeTokens(text);
  return tokens.length <= 3 && tokens.some((t) => GO_ON.has(t));
}

/** Wants to report something ("mau lapor", "ada keluhan") but may not have said what. */
export function wantsToReport(text: string): boolean {
  return normalizeTokens(text).some((t) => REPORT.has(t));
}
