// notification-service's internal API as the dashboard uses it: a village's templates, on-duty
// staff numbers and the notifications of a complaint. Every call names the village the caller was authorized for.
import type { NotificationRow } from '../../domain/notifications.ts';
import type { NotificationTemplate, OnDutyStaff } from '../../domain/settings.ts';
import { serviceJson } from './internal-fetch.ts';

const enc = encodeURIComponent;

export const notificationClient = {
  templates(villageId: string) {
    return serviceJson<{ items: NotificationTemplate[] }>(
      'notification',
      `/internal/notification-templates?villageId=${enc(villageId)}`,
    );
  },
  template(villageId: string, type: string) {
    return serviceJson<NotificationTemplate>(
      'notification',
      `/internal/notification-templates/${enc(type)}?villageId=${enc(villageId)}`,
    );
  },
  putTemplate(
    villageId: string,
    type: string,
    body: { body: string; waTemplate: NotificationTemplate['waTemplate']; actor: string },
  ) {
    return serviceJson<NotificationTemplate>(
      'notification',
      `/internal/notification-templates/${enc(type)}`,
      {
        method: 'PUT',
        body: { villageId, ...body },
      },
    );
  },
  resetTemplate(villageId: string, type: string, actor: string) {
    const q = new URLSearchParams({ villageId, actor });
    return serviceJson<NotificationTemplate>(
      'notification',
      `/internal/notification-templates/${enc(type)}?${q}`,
      {
        method: 'DELETE',
      },
    );
  },
  onDuty(villageId: string) {
    return serviceJson<{ items: OnDutyStaff[] }>(
      'notification',
      `/internal/on-duty-staff?villageId=${enc(villageId)}`,
    );
  },
  putOnDuty(villageId: string, waId: string, body: { name: string; active: boolean }) {
    return serviceJson<OnDutyStaff>('notification', `/internal/on-duty-staff/${enc(waId)}`, {
      method: 'PUT',
      body: { villageId, ...body },
    });
  },
  removeOnDuty(villageId: string, waId: string) {
    return serviceJson<Record<string, never>>(
      'notification',
      `/internal/on-duty-staff/${enc(waId)}?villageId=${enc(villageId)}`,
      { method: 'DELETE' },
    );
  },
  /** The notifications about one complaint, newest first (up to 100). */
  forComplaint(villageId: string, complaintId: string) {
    return serviceJson<{ items: NotificationRow[]; nextCursor: string | null }>(
      'notification',
      `/internal/notifications?villageId=${enc(villageId)}&complaintId=${enc(complaintId)}&limit=100`,
    );
  },
};
