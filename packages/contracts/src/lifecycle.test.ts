import { describe, expect, it } from 'vitest';
import { allowedTransitions, isLegalTransition, needsNote } from './domain.ts';

describe('lifecycle', () => {
  it('when a complaint is closed, then no transition leaves it', () => {
    for (const s of ['RESOLVED', 'REJECTED', 'CANCELLED'] as const) expect(allowedTransitions(s)).toEqual([]);
  });

  it('when a step is skipped, then it is illegal', () => {
    expect(isLegalTransition('RECEIVED', 'RESOLVED')).toBe(false);
    expect(isLegalTransition('RECEIVED', 'VERIFIED')).toBe(true);
  });

  it('when the target is terminal, then a note is needed', () => {
    expect(needsNote('REJECTED')).toBe(true);
    expect(needsNote('VERIFIED')).toBe(false);
  });
});
