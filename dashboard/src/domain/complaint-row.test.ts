import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvValues, toComplaintRow, type ComplaintView } from './complaint-row.ts';
import { csvField, csvLine } from './csv.ts';

const view = (over: Partial<ComplaintView> = {}): ComplaintView => ({
  complaintId: 'LAP-20261122-001',
  villageId: 'desa-a',
  reporter: { waId: '6281234567890', name: 'Budi', masked: false },
  category: 'jalan_rusak',
  description: 'Jalan berlubang',
  address: null,
  location: null,
  mediaIds: [],
  priority: 'normal',
  status: 'RECEIVED',
  conversationId: null,
  createdAt: '2026-11-22T01:00:00.000Z',
  updatedAt: '2026-11-22T01:00:00.000Z',
  sla: {
    verificationDueAt: '2026-11-25T17:00:00.000Z',
    resolutionDueAt: '2026-11-28T17:00:00.000Z',
    overdue: false,
  },
  ...over,
});

describe('complaint rows and their CSV', () => {
  it('when a complaint is masked, then the row says so instead of any reporter data', () => {
    const row = toComplaintRow(view({ reporter: { waId: null, name: null, masked: true } }));
    expect(row.reporter).toBe('Dirahasiakan');
  });

  it('when a complaint waits for verification, then its due time is the verification one; later, the resolution one', () => {
    expect(toComplaintRow(view()).dueAt).toBe('2026-11-25T17:00:00.000Z');
    expect(toComplaintRow(view({ status: 'IN_PROGRESS' })).dueAt).toBe('2026-11-28T17:00:00.000Z');
  });

  it('when a row becomes CSV, then labels are Indonesian, times are WIB and the columns match the header', () => {
    const values = csvValues(toComplaintRow(view()));
    expect(values).toHaveLength(CSV_HEADER.length);
    expect(values.slice(2, 4)).toEqual(['Diterima', 'Jalan Rusak']);
    expect(values[1]).toContain('08.00'); // 01:00 UTC is 08:00 in Jakarta
  });

  it('when a field has commas, quotes or line breaks, then it is quoted; formulas are defused', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1])).toBe('a,1\r\n');
  });
});
