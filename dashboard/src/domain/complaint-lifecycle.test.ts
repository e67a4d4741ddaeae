import { describe, expect, it } from 'vitest';
import { COMPLAINT_STATUSES, needsNote, nextStatuses, STATUS_LABELS } from './complaint-lifecycle.ts';

describe('the complaint lifecycle the dashboard offers', () => {
  it('when a complaint is closed, then nothing is offered; closing steps need a note', () => {
    expect(nextStatuses('RESOLVED')).toEqual([]);
    expect(needsNote('RESOLVED')).toBe(true);
    expect(needsNote('VERIFIED')).toBe(false);
  });

  it('when a status is shown, then it has an Indonesian label', () => {
    for (const s of COMPLAINT_STATUSES) expect(STATUS_LABELS[s]).toMatch(/^[A-Z][a-z]+$/);
  });
});
