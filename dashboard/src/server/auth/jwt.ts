// The session cookie's JWT: short-lived, HS256, naming the session row it belongs to.
import jwt from 'jsonwebtoken';

export const SESSION_COOKIE = 'gc_session';

export interface SessionClaims {
  sid: string;
  sub: string;
  exp: number;
  iat: number;
}

export function signSessionToken(secret: string, sid: string, userId: string, ttlSeconds: number): string {
  return jwt.sign({ sid }, secret, { algorithm: 'HS256', subject: userId, expiresIn: ttlSeconds });
}

/** The claims, or null when the token is missing, forged or expired. */
export function verifySessionToken(secret: string, token: string | undefined): SessionClaims | null {
  if (!token) return null;
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof claims !== 'object' || typeof claims.sid !== 'string' || typeof claims.sub !== 'string')
      return null;
    return claims as SessionClaims;
  } catch {
    return null;
  }
}

/** Refresh once less than half of the token's life is left (the proxy does it on each request). */
export function shouldRefresh(claims: SessionClaims, nowSeconds: number): boolean {
  return claims.exp - nowSeconds < (claims.exp - claims.iat) / 2;
}

export function cookieOptions(secure: boolean, maxAgeSeconds: number) {
  return { httpOnly: true, secure, sameSite: 'lax' as const, path: '/', maxAge: maxAgeSeconds };
}
