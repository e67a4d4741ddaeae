import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { shouldRefresh, signSessionToken, verifySessionToken } from './jwt.ts';
import { clientAddress } from './rate-limit.ts';

describe('session tokens', () => {
  it('when a token is signed, then it verifies with the same secret and names session and user', () => {
    const claims = verifySessionToken('s3cret', signSessionToken('s3cret', 'sid-1', 'user-1', 900));
    expect(claims).toMatchObject({ sid: 'sid-1', sub: 'user-1' });
    expect(claims!.exp - claims!.iat).toBe(900);
  });

  it('when a token is forged, expired, unsigned or missing, then it is refused', () => {
    const token = signSessionToken('s3cret', 'sid', 'u', 900);
    expect(verifySessionToken('other', token)).toBeNull();
    const expired = jwt.sign({ sid: 'sid', iat: 1000 }, 's3cret', { subject: 'u', expiresIn: 60 });
    expect(verifySessionToken('s3cret', expired)).toBeNull();
    const none = jwt.sign({ sid: 'sid' }, '', { algorithm: 'none', subject: 'u' });
    expect(verifySessionToken('s3cret', none)).toBeNull();
    expect(verifySessionToken('s3cret', undefined)).toBeNull();
  });

  it('when less than half of its life is left, then the token is renewed', () => {
    expect(shouldRefresh({ sid: 's', sub: 'u', iat: 1000, exp: 1900 }, 1400)).toBe(false);
    expect(shouldRefresh({ sid: 's', sub: 'u', iat: 1000, exp: 1900 }, 1500)).toBe(true);
  });
});

describe('the client address for rate limits', () => {
  it('when Traefik appended the address it saw, then that one counts and a forged leftmost entry is ignored', () => {
    expect(clientAddress('6.6.6.6, 10.0.0.5', null, 0)).toBe('10.0.0.5');
  });

  it('when another trusted proxy stands in front of Traefik (one hop), then the address it saw counts', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', null, 1)).toBe('203.0.113.7');
  });

  it('when there is no x-forwarded-for, then x-real-ip or "unknown"', () => {
    expect(clientAddress(null, '198.51.100.1', 0)).toBe('198.51.100.1');
    expect(clientAddress('', null, 0)).toBe('unknown');
  });
});
