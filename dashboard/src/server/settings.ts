// Pengaturan's changes to the services: a category and its SLA hours (case-service), a notification
// template and the on-duty numbers (notification-service). Each is written to the activity log with
// the state before and after.
import type { z } from 'zod';
import {
  templateProblem,
  type CategoryForm,
  type OnDutyForm,
  type TemplateForm,
} from '../domain/settings.ts';
import { recordChange } from './activity.ts';
import type { Access } from './http/current-user.ts';
import { caseClient } from './services/case-client.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';
import { notificationClient } from './services/notification-client.ts';

const actorOf = (a: Access) => `${a.user.name} <${a.user.email}>`;

export async function saveCategory(a: Access, slug: string, input: z.infer<typeof CategoryForm>, ip: string) {
  const { categories } = await caseClient.categories(a.villageId);
  const before = categories.find((c) => c.slug === slug) ?? null;
  const after = await caseClient.putCategory(a.villageId, slug, input);
  await recordChange(a, ip, {
    action: 'settings.category',
    targetType: 'category',
    targetId: slug,
    before: before,
    after: after,
  });
  return after;
}

/** notification-service's refusal of a template, in Indonesian, with its details kept for the form. */
function templateRefusal(err: unknown): unknown {
  if (err instanceof UpstreamProblem && err.status === 400)
    return new UpstreamProblem(400, err.code, templateProblem(err.body), {
      unknown: err.body.unknown,
      allowed: err.body.allowed,
    });
  return err;
}

export async function saveTemplate(a: Access, type: string, input: z.infer<typeof TemplateForm>, ip: string) {
  const before = await notificationClient.template(a.villageId, type);
  const after = await notificationClient
    .putTemplate(a.villageId, type, { ...input, actor: actorOf(a) })
    .catch((err: unknown) => {
      throw templateRefusal(err);
    });
  await recordChange(a, ip, {
    action: 'settings.template',
    targetType: 'notification_template',
    targetId: type,
    before: { body: before.body, waTemplate: before.waTemplate },
    after: { body: after.body, waTemplate: after.waTemplate },
  });
  return after;
}

export async function resetTemplate(a: Access, type: string, ip: string) {
  const before = await notificationClient.template(a.villageId, type);
  const after = await notificationClient.resetTemplate(a.villageId, type, actorOf(a));
  await recordChange(a, ip, {
    action: 'settings.template_reset',
    targetType: 'notification_template',
    targetId: type,
    before: { body: before.body, waTemplate: before.waTemplate },
    after: { body: after.body, waTemplate: after.waTemplate },
  });
  return after;
}

export async function saveOnDuty(a: Access, input: z.infer<typeof OnDutyForm>, ip: string) {
  const { items } = await notificationClient.onDuty(a.villageId);
  const before = items.find((s) => s.waId === input.waId) ?? null;
  const after = await notificationClient.putOnDuty(a.villageId, input.waId, {
    name: input.name,
    active: input.active,
  });
  await recordChange(a, ip, {
    action: 'settings.on_duty',
    targetType: 'on_duty_staff',
    targetId: input.waId,
    before: before && { name: before.name, active: before.active },
    after: { name: after.name, active: after.active },
  });
  return after;
}

export async function removeOnDuty(a: Access, waId: string, ip: string) {
  const { items } = await notificationClient.onDuty(a.villageId);
  const before = items.find((s) => s.waId === waId);
  if (!before) throw new UpstreamProblem(404, 'ON_DUTY_NOT_FOUND', 'Nomor petugas jaga tidak ditemukan.', {});
  await notificationClient.removeOnDuty(a.villageId, waId);
  await recordChange(a, ip, {
    action: 'settings.on_duty_remove',
    targetType: 'on_duty_staff',
    targetId: waId,
    before: { name: before.name, active: before.active },
    after: null,
  });
}
