// Knowledge base operations of a signed-in user: entries (create, replace, delete), documents (upload,
// read with chunks, delete) and the bot test. Every change checks the owner village first and is
// written to the activity log with before and after.
import { z } from 'zod';
import { mayChangeKnowledge } from '../domain/access.ts';
import { uploadProblem } from '../domain/knowledge.ts';
import { recordChange } from './activity.ts';
import type { Access } from './http/current-user.ts';
import { aiClient } from './services/ai-client.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

export const EntryForm = z.object({
  title: z.string().trim().min(1, 'Judul wajib diisi.').max(300, 'Judul terlalu panjang.'),
  content: z.string().trim().min(1, 'Isi wajib diisi.').max(100_000, 'Isi terlalu panjang.'),
  category: z.string().trim().max(100).optional(),
  /** Superadmin only: write a global entry instead of one of the chosen village. */
  global: z.boolean().optional(),
});

export const TrialForm = z.object({ text: z.string().trim().min(1, 'Tulis pertanyaan.').max(4096) });

const notFound = () =>
  new UpstreamProblem(404, 'KNOWLEDGE_NOT_FOUND', 'Entri pengetahuan tidak ditemukan.', {});
const refused = () =>
  new UpstreamProblem(
    403,
    'KNOWLEDGE_READ_ONLY',
    'Anda tidak berhak mengubah entri ini (pengetahuan global hanya diubah superadmin).',
    {},
  );

/** Reads an entry or document owned by the village or global; another village's is a 404. */
async function visible<T extends { villageId: string | null }>(a: Access, read: Promise<T>): Promise<T> {
  const item = await read.catch((err: unknown) => {
    if (err instanceof UpstreamProblem && (err.status === 404 || err.status === 400)) throw notFound();
    throw err;
  });
  if (item.villageId !== null && item.villageId !== a.villageId) throw notFound();
  return item;
}

const entrySnapshot = (e: {
  title: string;
  content: string;
  category?: string | null;
  villageId?: string | null;
}) => ({
  title: e.title,
  category: e.category ?? null,
  villageId: e.villageId ?? null,
  content: e.content.length > 500 ? `${e.content.slice(0, 500)}…` : e.content,
});

export async function createEntry(a: Access, input: z.infer<typeof EntryForm>, ip: string) {
  const owner = input.global ? null : a.villageId;
  if (!mayChangeKnowledge(a.user, a.villageId, owner)) throw refused();
  const body = {
    title: input.title,
    content: input.content,
    ...(input.category ? { category: input.category } : {}),
  };
  const { id } = await aiClient.createEntry(owner, body);
  await recordChange(a, ip, {
    action: 'knowledge.create',
    targetType: 'knowledge_entry',
    targetId: id,
    before: null,
    after: entrySnapshot({ ...body, villageId: owner }),
  });
  return { id };
}

export async function replaceEntry(a: Access, id: string, input: z.infer<typeof EntryForm>, ip: string) {
  const before = await visible(a, aiClient.entry(id));
  if (!mayChangeKnowledge(a.user, a.villageId, before.villageId)) throw refused();
  if (before.source === 'document')
    throw new UpstreamProblem(
      409,
      'DOCUMENT_ENTRY',
      'Isi dokumen diubah dengan mengunggah berkasnya lagi.',
      {},
    );
  const body = {
    title: input.title,
    content: input.content,
    ...(input.category ? { category: input.category } : {}),
  };
  await aiClient.replaceEntry(id, body);
  await recordChange(a, ip, {
    action: 'knowledge.update',
    targetType: 'knowledge_entry',
    targetId: id,
    before: entrySnapshot(before),
    after: entrySnapshot({ ...body, villageId: before.villageId }),
  });
  return { id };
}

export async function deleteEntry(a: Access, id: string, ip: string) {
  const before = await visible(a, aiClient.entry(id));
  if (!mayChangeKnowledge(a.user, a.villageId, before.villageId)) throw refused();
  if (before.source === 'document')
    throw new UpstreamProblem(409, 'DOCUMENT_ENTRY', 'Hapus dokumen ini dari daftar dokumen.', {});
  await aiClient.deleteEntry(id);
  await recordChange(a, ip, {
    action: 'knowledge.delete',
    targetType: 'knowledge_entry',
    targetId: id,
    before: entrySnapshot(before),
    after: null,
  });
}

export function readDocument(a: Access, id: string) {
  return visible(a, aiClient.document(id));
}

/** ai-service's document errors, in the officer's language (the service answers in English). */
const DOCUMENT_ERRORS: Record<string, string> = {
  UNSUPPORTED_DOCUMENT_TYPE: 'Jenis berkas tidak didukung. Unggah PDF, DOCX, TXT atau MD.',
  DOCUMENT_TOO_LARGE: 'Berkas terlalu besar.',
  DOCUMENT_UNREADABLE:
    'Berkas tidak dapat dibaca (rusak, terkunci sandi, hasil pindaian tanpa teks, atau terlalu panjang).',
  EMBEDDING_UNAVAILABLE: 'Layanan embedding sedang tidak tersedia; coba lagi nanti.',
  DOCUMENT_FILE_MISSING: 'Pilih berkas yang akan diunggah.',
};

export async function uploadDocument(a: Access, form: FormData, ip: string) {
  const file = form.get('file');
  if (!(file instanceof File))
    throw new UpstreamProblem(400, 'DOCUMENT_FILE_MISSING', DOCUMENT_ERRORS.DOCUMENT_FILE_MISSING!, {});
  const why = uploadProblem(file.name, file.size);
  if (why) throw new UpstreamProblem(400, 'DOCUMENT_REJECTED', why, {});
  const global = form.get('global') === 'true';
  const owner = global ? null : a.villageId;
  if (!mayChangeKnowledge(a.user, a.villageId, owner)) throw refused();
  const title = String(form.get('title') ?? '')
    .trim()
    .slice(0, 300);
  const category = String(form.get('category') ?? '')
    .trim()
    .slice(0, 100);
  const out = new FormData();
  out.set('file', file, file.name);
  if (owner) out.set('villageId', owner);
  if (title) out.set('title', title);
  if (category) out.set('category', category);
  try {
    const document = await aiClient.uploadDocument(out);
    await recordChange(a, ip, {
      action: 'knowledge.document_upload',
      targetType: 'knowledge_document',
      targetId: document.id,
      before: null,
      after: {
        title: document.title,
        filename: document.filename,
        status: document.status,
        chunkCount: document.chunkCount,
        villageId: owner,
      },
    });
    return document;
  } catch (err) {
    if (!(err instanceof UpstreamProblem)) throw err;
    const reason = typeof err.body.reason === 'string' ? err.body.reason : undefined;
    if (err.body.documentId)
      await recordChange(a, ip, {
        action: 'knowledge.document_upload',
        targetType: 'knowledge_document',
        targetId: String(err.body.documentId),
        before: null,
        after: {
          filename: file.name,
          status: 'failed',
          reason: reason ?? err.code,
        },
      });
    throw new UpstreamProblem(err.status, err.code, DOCUMENT_ERRORS[err.code] ?? err.detail, {
      ...(reason ? { reason } : {}),
      ...(err.body.documentId ? { documentId: err.body.documentId, documentStatus: 'failed' } : {}),
    });
  }
}

export async function deleteDocument(a: Access, id: string, ip: string) {
  const before = await readDocument(a, id);
  if (!mayChangeKnowledge(a.user, a.villageId, before.villageId)) throw refused();
  await aiClient.deleteDocument(id);
  await recordChange(a, ip, {
    action: 'knowledge.document_delete',
    targetType: 'knowledge_document',
    targetId: id,
    before: {
      title: before.title,
      filename: before.filename,
      status: before.status,
      chunkCount: before.chunkCount,
      villageId: before.villageId,
    },
    after: null,
  });
}

export function tryBot(a: Access, input: z.infer<typeof TrialForm>) {
  return aiClient.tryBot(a.villageId, input.text);
}
