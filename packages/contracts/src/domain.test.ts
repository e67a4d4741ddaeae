import { describe, expect, it } from 'vitest';
import { formatComplaintId, jakartaDay, parseComplaintId, ComplaintId, Intent, INTENTS } from './domain.ts';

describe('complaint ids', () => {
  it('when it is late evening UTC, then the id carries the next day in Asia/Jakarta', () => {
    // 18:30 UTC on 17 Nov is 01:30 on 18 Nov in Jakarta (UTC+7).
    expect(formatComplaintId(new Date('2026-11-17T18:30:00Z'), 7)).toBe('LAP-20261118-007');
    expect(jakartaDay(new Date('2026-11-17T16:59:59Z'))).toBe('20261117');
    expect(jakartaDay(new Date('2026-11-17T17:00:00Z'))).toBe('20261118');
  });

  it('when the counter passes 999, then the id grows instead of wrapping', () => {
    expect(formatComplaintId(new Date('2026-11-18T03:00:00Z'), 1000)).toBe('LAP-20261118-1000');
    expect(parseComplaintId('LAP-20261118-1000')).toEqual({ day: '20261118', counter: 1000 });
  });

  it('when an id is malformed, then it is refused', () => {
    for (const bad of [
      'LAP-2026111-007',
      'lap-20261118-007',
      'LAP-20261118-07',
      'LAP-20261318-007',
      'LAP-20261100-001',
    ]) {
      expect(parseComplaintId(bad), bad).toBeNull();
    }
    expect(ComplaintId.safeParse('LAP-20261118-7').success).toBe(false);
    expect(() => formatComplaintId(new Date(), 0)).toThrow(RangeError);
  });
});

describe('intents', () => {
  it('when an intent is listed in the architecture, then the enum accepts it and nothing else', () => {
    expect(INTENTS).toHaveLength(8);
    expect(Intent.safeParse('CREATE_COMPLAINT').success).toBe(true);
    expect(Intent.safeParse('COMPLAINT').success).toBe(false);
  });
});
