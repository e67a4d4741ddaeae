// Readers for the evaluation data: the held-out set (eval/data), and the third-party test data in
// ../shared/testdata (xSID out-of-scope utterances, the Disdukcapil FAQ), read by path, never copied.
import type { Intent } from '@govconnect/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const SHARED_TESTDATA = fileURLToPath(new URL('../shared/testdata/', `file://${REPO_ROOT}`));
export const HELD_OUT = `${REPO_ROOT}eval/data/intents-heldout.tsv`;

export function readHeldOut(file = HELD_OUT): { intent: Intent; text: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [intent, text] = l.split('\t');
      return { intent: intent as Intent, text: text!.trim() };
    });
}

export function readXsid(): string[] | undefined {
  const file = `${SHARED_TESTDATA}intents/xsid-id-test.conll`;
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice('# text = '.length).trim());
}

const Faq = z.object({
  intents: z.array(
    z.object({ tag: z.string(), patterns: z.array(z.string()), responses: z.array(z.string()) }),
  ),
});
export type FaqTag = z.infer<typeof Faq>['intents'][number];

export function readFaq(): FaqTag[] | undefined {
  const file = `${SHARED_TESTDATA}knowledge/disdukcapil-batang-faq.json`;
  if (!existsSync(file)) return undefined;
  return Faq.parse(JSON.parse(readFileSync(file, 'utf8'))).intents.map((t) => ({
    ...t,
    patterns: t.patterns.filter((p) => p.trim()),
  }));
}

/** What the bot should make of each FAQ tag's questions (SOURCES.md: KNOWLEDGE_QUERY, GREETING or THANKS). */
export function faqIntent(tag: string): Intent {
  if (['sapaan', 'tanya_kabar', 'ucapan_selamat'].includes(tag)) return 'GREETING';
  if (['terima_kasih', 'selamat_tinggal'].includes(tag)) return 'THANKS';
  return 'KNOWLEDGE_QUERY';
}

/** Tags that answer the same question (SOURCES.md): either counts as right. */
const OVERLAPS: readonly (readonly string[])[] = [
  ['ktp_baru', 'KTP'],
  ['ktp_hilang', 'KTP hilang'],
  ['layanan_gratis', 'biaya'],
];

export function rightTags(tag: string): Set<string> {
  const group = OVERLAPS.find((g) => g.includes(tag));
  return new Set(group ?? [tag]);
}
