import { describe, expect, it } from 'vitest';
import { addWorkingHours, jakartaDate } from './sla.ts';

const none = new Set<string>();

describe('addWorkingHours', () => {
  it('when the hours fit in working days, then they are added as they are', () => {
    // Monday 2026-03-02 10:00 Jakarta + 24 h = Tuesday 10:00 Jakarta.
    expect(addWorkingHours(new Date('2026-03-02T03:00:00Z'), 24, none).toISOString()).toBe(
      '2026-03-03T03:00:00.000Z',
    );
  });

  it('when the hours cross a weekend, then Saturday and Sunday do not count', () => {
    // Friday 2026-03-06 10:00 Jakarta + 72 h: Fri 14 h, Mon 24, Tue 24, Wed 10 -> Wednesday 10:00.
    expect(addWorkingHours(new Date('2026-03-06T03:00:00Z'), 72, none).toISOString()).toBe(
      '2026-03-11T03:00:00.000Z',
    );
  });

  it('when a complaint is filed on a Saturday, then counting starts on Monday at midnight in Jakarta', () => {
    // Saturday 2026-03-07 + 72 h -> Mon, Tue, Wed -> Thursday 00:00 Jakarta = Wednesday 17:00 UTC.
    expect(addWorkingHours(new Date('2026-03-07T05:00:00Z'), 72, none).toISOString()).toBe(
      '2026-03-11T17:00:00.000Z',
    );
  });

  it('when the span crosses a holiday, then the holiday does not count either', () => {
    // Wednesday 2026-08-12 10:00 + 72 h with 2026-08-17 (Monday, Independence Day) off:
    // Wed 14, Thu 24, Fri 24, Tue 10 -> Tuesday 2026-08-18 10:00 Jakarta.
    const from = new Date('2026-08-12T03:00:00Z');
    expect(addWorkingHours(from, 72, new Set(['2026-08-17'])).toISOString()).toBe('2026-08-18T03:00:00.000Z');
    expect(addWorkingHours(from, 72, none).toISOString()).toBe('2026-08-17T03:00:00.000Z');
  });

  it('when it is 00:30 in Jakarta but still the previous day in UTC, then the Jakarta date is used', () => {
    expect(jakartaDate(new Date('2026-03-06T17:30:00Z'))).toBe('2026-03-07');
  });
});
