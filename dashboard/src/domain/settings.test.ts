import { describe, expect, it } from 'vitest';
import { CategoryForm, normalizeWaId, OnDutyForm, templateProblem } from './settings.ts';

describe('settings shaping', () => {
  it('when a number is written the Indonesian way, then it becomes a wa_id', () => {
    expect(normalizeWaId('0812-3456-7890')).toBe('6281234567890');
    expect(normalizeWaId('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalizeWaId('abc')).toBeNull();
    expect(normalizeWaId('0812')).toBeNull();
  });

  it('when an on-duty number is invalid, then the form says so in Indonesian', () => {
    const r = OnDutyForm.safeParse({ waId: '12ab', name: 'Pak RT' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('Nomor WhatsApp tidak valid');
    expect(OnDutyForm.parse({ waId: '081234567890', name: 'Pak RT' }).waId).toBe('6281234567890');
  });

  it('when SLA hours are out of range, then the reason is given', () => {
    const r = CategoryForm.safeParse({
      label: 'Jalan',
      defaultPriority: 'normal',
      verifySlaHours: 0,
      resolveSlaHours: 24,
    });
    expect(r.error?.issues[0]?.message).toBe('SLA minimal 1 jam.');
  });

  it('when notification-service refuses unknown variables, then they and the allowed ones are named', () => {
    const text = templateProblem({
      code: 'UNKNOWN_TEMPLATE_VARIABLE',
      unknown: ['nama'],
      allowed: ['complaintId', 'note'],
    });
    expect(text).toBe('Variabel tidak dikenal: {{nama}}. Variabel yang tersedia: {{complaintId}}, {{note}}.');
    expect(templateProblem({ errors: [{ field: 'body.body', reason: 'x' }] })).toBe(
      'Templat tidak valid: body.body: x',
    );
  });
});
