// Template CRUD per village. A template is checked when it is saved: every {{variable}} of its text
// and every parameter of its WhatsApp template must be one its type offers.
import { AppError } from '@govconnect/service-kit';
import { DEFAULT_TEMPLATES, type TemplateContent } from '../domain/default-templates.ts';
import { audienceOf, variablesOf, type TemplateType } from '../domain/notification-types.ts';
import { checkTemplate } from '../domain/render-template.ts';
import { TX_OPTIONS, type NotificationDeps } from '../deps.ts';
import {
  ensureVillage,
  listTemplates as listRows,
  saveTemplate,
  templateFor,
  type TemplateRow,
} from '../repositories/template.repository.ts';

type Deps = Pick<NotificationDeps, 'db'>;

export function templateView(t: TemplateRow) {
  const type = t.type as TemplateType;
  const d = DEFAULT_TEMPLATES[type];
  return {
    type,
    audience: audienceOf(type),
    body: t.body,
    waTemplate: { name: t.waTemplateName, language: t.waTemplateLanguage, parameters: t.waTemplateParams },
    variables: variablesOf(type),
    isDefault:
      t.body === d.body &&
      t.waTemplateName === d.waTemplate.name &&
      t.waTemplateLanguage === d.waTemplate.language &&
      t.waTemplateParams.join() === d.waTemplate.parameters.join(),
    updatedBy: t.updatedBy,
    updatedAt: t.updatedAt,
  };
}

export async function listTemplates(deps: Deps, villageId: string) {
  const rows = await deps.db.$transaction(async (tx) => {
    await ensureVillage(tx, villageId);
    return listRows(tx, villageId);
  }, TX_OPTIONS);
  return { items: rows.map(templateView) };
}

export async function getTemplate(deps: Deps, villageId: string, type: TemplateType) {
  return templateView(
    await deps.db.$transaction(async (tx) => {
      await ensureVillage(tx, villageId);
      return templateFor(tx, villageId, type);
    }, TX_OPTIONS),
  );
}

export async function putTemplate(
  deps: Deps,
  villageId: string,
  type: TemplateType,
  content: TemplateContent,
  actor?: string,
) {
  const { problems, unknown } = checkTemplate(content.body, content.waTemplate.parameters, variablesOf(type));
  if (problems.length > 0)
    throw AppError.badRequest(
      unknown.length > 0 ? 'UNKNOWN_TEMPLATE_VARIABLE' : 'INVALID_TEMPLATE',
      `The template is invalid: ${problems.map((p) => p.reason).join('; ')}.`,
      { errors: problems, unknown, allowed: variablesOf(type) },
    );
  const row = await deps.db.$transaction(async (tx) => {
    await ensureVillage(tx, villageId);
    return saveTemplate(tx, villageId, type, content, actor);
  }, TX_OPTIONS);
  return templateView(row);
}

/** Deleting a template puts the default back: every type always has one. */
export async function resetTemplate(deps: Deps, villageId: string, type: TemplateType, actor?: string) {
  return putTemplate(deps, villageId, type, DEFAULT_TEMPLATES[type], actor);
}
