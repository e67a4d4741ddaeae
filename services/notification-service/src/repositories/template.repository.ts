// Templates per village. A village is registered on first sight and its defaults seeded then, once,
// in the same transaction; later edits are never overwritten.
import { DEFAULT_TEMPLATES, type TemplateContent } from '../domain/default-templates.ts';
import { TEMPLATE_TYPES, type TemplateType } from '../domain/notification-types.ts';
import type { Db } from './prisma-client.ts';
import type { Tx } from './tx.ts';

export interface TemplateRow {
  id: string;
  villageId: string;
  type: string;
  body: string;
  waTemplateName: string;
  waTemplateLanguage: string;
  waTemplateParams: string[];
  updatedBy: string | null;
  updatedAt: Date;
}

function data(villageId: string, type: TemplateType, t: TemplateContent, updatedBy?: string) {
  return {
    body: t.body,
    waTemplateName: t.waTemplate.name,
    waTemplateLanguage: t.waTemplate.language,
    waTemplateParams: t.waTemplate.parameters,
    updatedBy: updatedBy ?? null,
    villageId,
    type,
  };
}

/** Registers the village and seeds its default templates the first time it is seen. */
export async function ensureVillage(tx: Tx, villageId: string): Promise<void> {
  const inserted = await tx.$executeRaw`
    INSERT INTO notification_villages (id) VALUES (${villageId}) ON CONFLICT (id) DO NOTHING`;
  if (inserted === 0) return;
  await tx.notificationTemplate.createMany({
    data: TEMPLATE_TYPES.map((type) => ({
      id: crypto.randomUUID(),
      ...data(villageId, type, DEFAULT_TEMPLATES[type]),
    })),
    skipDuplicates: true,
  });
}

export function listTemplates(db: Db | Tx, villageId: string): Promise<TemplateRow[]> {
  return db.notificationTemplate.findMany({ where: { villageId }, orderBy: { type: 'asc' } });
}

export function findTemplate(
  db: Db | Tx,
  villageId: string,
  type: TemplateType,
): Promise<TemplateRow | null> {
  return db.notificationTemplate.findUnique({ where: { villageId_type: { villageId, type } } });
}

export function saveTemplate(
  tx: Tx,
  villageId: string,
  type: TemplateType,
  content: TemplateContent,
  updatedBy?: string,
): Promise<TemplateRow> {
  const fields = data(villageId, type, content, updatedBy);
  return tx.notificationTemplate.upsert({
    where: { villageId_type: { villageId, type } },
    create: { id: crypto.randomUUID(), ...fields },
    update: { ...fields, updatedAt: new Date() },
  });
}

/** The village's template of a type; a type added after the village was seeded gets its default now. */
export async function templateFor(tx: Tx, villageId: string, type: TemplateType): Promise<TemplateRow> {
  const found = await findTemplate(tx, villageId, type);
  if (found) return found;
  await tx.notificationTemplate.createMany({
    data: [{ id: crypto.randomUUID(), ...data(villageId, type, DEFAULT_TEMPLATES[type]) }],
    skipDuplicates: true,
  });
  return (await findTemplate(tx, villageId, type))!;
}
