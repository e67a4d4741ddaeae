// The labelled training set (data/nlu/train: one utterance per line, one file per intent, complaint
// files per category), widened with seeded spelling noise so the model also sees WhatsApp typing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Intent } from '@govconnect/contracts';
import { seededRandom } from '../../seeded-random.ts';

export const TRAINING_DIR = fileURLToPath(new URL('../../../data/nlu/train', import.meta.url));

export interface TrainingUtterance {
  text: string;
  intent: Intent;
  category?: string;
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function loadTrainingSet(dir = TRAINING_DIR): TrainingUtterance[] {
  const out: TrainingUtterance[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const intent = path.basename(file, '.txt') as Intent;
    for (const text of lines(path.join(dir, file))) out.push({ text, intent });
  }
  const complaints = path.join(dir, 'complaint');
  for (const file of readdirSync(complaints)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const category = path.basename(file, '.txt');
    for (const text of lines(path.join(complaints, file)))
      out.push({ text, intent: 'CREATE_COMPLAINT', category });
  }
  return out;
}

/** How people shorten words on WhatsApp: the inverse of part of the slang table. */
const SHORTHAND: Readonly<Record<string, string>> = {
  jalan: 'jln',
  rumah: 'rmh',
  saya: 'sy',
  sudah: 'udh',
  tidak: 'gak',
  yang: 'yg',
  dengan: 'dgn',
  banyak: 'bnyk',
  depan: 'dpn',
  gang: 'gg',
  bagaimana: 'gmn',
  berapa: 'brp',
  tolong: 'tlg',
  sekarang: 'skrg',
  hari: 'hr',
  untuk: 'utk',
  terima: 'trima',
  kasih: 'ksh',
  laporan: 'lprn',
  dekat: 'dkt',
};
const FILLERS = ['min', 'pak', 'bu', 'kak', 'tolong', 'ya', 'dong', 'nih', 'mas'];

function noisy(text: string, random: () => number): string {
  const words = text.toLowerCase().split(/\s+/);
  const out = words.map((w) => {
    const r = random();
    if (SHORTHAND[w] && r < 0.6) return SHORTHAND[w]!;
    if (w.length > 4 && r < 0.15) {
      const i = 1 + Math.floor(random() * (w.length - 2));
      return w.slice(0, i) + w.slice(i + 1); // a dropped letter
    }
    if (w.length > 3 && r < 0.22) return w + w.at(-1)!.repeat(2); // "parahhh"
    return w;
  });
  if (random() < 0.3) out.push(FILLERS[Math.floor(random() * FILLERS.length)]!);
  return out.join(' ');
}

/** The training set plus `variants` noisy copies of each utterance (deterministic). */
export function augment(set: readonly TrainingUtterance[], variants = 3, seed = 7): TrainingUtterance[] {
  const random = seededRandom(seed);
  const out = [...set];
  for (const u of set) for (let i = 0; i < variants; i++) out.push({ ...u, text: noisy(u.text, random) });
  return out;
}
