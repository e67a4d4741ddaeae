import { describe, expect, it } from 'vitest';
import { carriedHeaders, HEADERS, readCount, truncate } from './headers.ts';

describe('headers', () => {
  const headers = {
    'x-village-id': 'desa-sukamaju',
    'x-death': [{ count: 1, queue: 'q.retry.50ms', reason: 'expired' }],
    'x-first-death-queue': 'q.retry.50ms',
    'x-last-death-reason': 'expired',
    [HEADERS.attempts]: 2,
    [HEADERS.error]: 'Error: boom',
  };

  it('when a message is republished for a retry, then the broker history goes and the attempt count stays', () => {
    expect(carriedHeaders(headers, { resetFailures: false })).toEqual({
      'x-village-id': 'desa-sukamaju',
      [HEADERS.attempts]: 2,
      [HEADERS.error]: 'Error: boom',
    });
  });

  it('when a message is redriven, then its failure history goes too and its own headers stay', () => {
    expect(carriedHeaders(headers, { resetFailures: true })).toEqual({ 'x-village-id': 'desa-sukamaju' });
  });

  it('when a count header is missing or garbage, then it reads as zero', () => {
    expect(readCount(undefined, HEADERS.attempts)).toBe(0);
    expect(readCount({ [HEADERS.attempts]: 'x' }, HEADERS.attempts)).toBe(0);
    expect(readCount({ [HEADERS.attempts]: -3 }, HEADERS.attempts)).toBe(0);
    expect(readCount({ [HEADERS.attempts]: '4' }, HEADERS.attempts)).toBe(4);
  });

  it('when an error text is long, then it is cut to fit a header', () => {
    expect(truncate('x'.repeat(5_000))).toHaveLength(1_000);
    expect(truncate('short')).toBe('short');
  });
});
