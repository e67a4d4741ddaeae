// Removes personal data and credentials from free text: phone numbers keep their last 4 digits, NIKs,
// e-mail addresses and secrets disappear. Ids that merely contain digits (UUIDs, timestamps, complaint ids, wamids) are left intact.

// Spans that look like personal data but are not; they are set aside before any redaction runs.
const PROTECTED =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|wamid\.[A-Za-z0-9+/=_-]+|LAP-\d{8}-\d+/gi;
const PLACEHOLDER_MARK = '\uE000';
const PLACEHOLDER = /\uE000([\uE100-\uF8FF])/g;
const PLACEHOLDER_BASE = 0xe100;
const MAX_PROTECTED = 0xf8ff - PLACEHOLDER_BASE;

const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi;
// `password=...`, `"token":"..."`, `hub.verify_token=...`, `Authorization: Basic ...` inside text or JSON.
const KEY_VALUE =
  /\b([\w.-]*(?:token|secret|password|passwd|api[_-]?key|authorization))(["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic)\s+)?[^\s"'&,;}]+/gi;
// An e-mail address (the local part may hold dots, plus tags and dashes); the domain needs a dot and a TLD.
const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
// A run of digits joined by single spaces, dots or dashes, optionally led by `+`: a candidate phone or NIK.
const DIGIT_RUN = /(?<![\w+])\+?\d(?:[ .-]?\d)*(?!\w)/g;

export function redactString(text: string): string {
  const kept: string[] = [];
  let out = text.replace(PROTECTED, (span) => {
    if (kept.length >= MAX_PROTECTED) return span;
    kept.push(span);
    return PLACEHOLDER_MARK + String.fromCharCode(PLACEHOLDER_BASE + kept.length - 1);
  });
  out = out
    .replace(BEARER, 'Bearer [REDACTED]')
    .replace(JWT, '[REDACTED]')
    .replace(URL_CREDENTIALS, '$1[REDACTED]@')
    .replace(KEY_VALUE, '$1$2[REDACTED]')
    .replace(EMAIL, '[EMAIL]')
    .replace(DIGIT_RUN, redactDigitRun);
  if (kept.length === 0) return out;
  return out.replace(
    PLACEHOLDER,
    (mark, code: string) => kept[code.charCodeAt(0) - PLACEHOLDER_BASE] ?? mark,
  );
}

type Verdict = 'phone' | 'nik' | undefined;

function classify(segments: string[], leadingPlus: boolean): Verdict {
  const digits = segments.join('');
  // A NIK is written as one block; joining separated groups into 16 digits would swallow dates and amounts.
  if (segments.length === 1 && !leadingPlus && digits.length === 16) return 'nik';
  if (/^628\d{7,11}$/.test(digits)) return 'phone';
  if (!leadingPlus && /^08\d{8,11}$/.test(digits)) return 'phone';
  if (leadingPlus && !digits.startsWith('62') && /^\d{8,15}$/.test(digits)) return 'phone';
  return undefined;
}

/**
 * Masks the phone numbers and NIKs inside one digit run. A run can hold several numbers or a number next to
 * something else ("+62 812-3456-7890 2026"), so it is cut at its separators and the longest piece that is a
 * phone or NIK wins, scanning left to right.
 */
function redactDigitRun(run: string): string {
  const leadingPlus = run.startsWith('+');
  const parts = (leadingPlus ? run.slice(1) : run).split(/([ .-])/);
  const segments = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  let out = '';
  let i = 0;
  while (i < segments.length) {
    const plus = leadingPlus && i === 0;
    let matched = -1;
    let verdict: Verdict;
    for (let j = segments.length - 1; j >= i; j--) {
      verdict = classify(segments.slice(i, j + 1), plus);
      if (verdict) {
        matched = j;
        break;
      }
    }
    if (i > 0) out += separators[i - 1];
    if (matched === -1) {
      out += (plus ? '+' : '') + segments[i];
      i += 1;
      continue;
    }
    const digits = segments.slice(i, matched + 1).join('');
    out += verdict === 'nik' ? '[NIK]' : `***${digits.slice(-4)}`;
    i = matched + 1;
  }
  return out;
}
