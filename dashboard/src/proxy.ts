// Runs before every page and API route: sends visitors without a valid session token to /login (API
// routes get a 401), and renews the short-lived token while the user is active. It checks only the
// token; pages and route handlers check the session row, role and village themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { config as appConfig } from './config.ts';
import {
  cookieOptions,
  SESSION_COOKIE,
  shouldRefresh,
  signSessionToken,
  verifySessionToken,
} from './server/auth/jwt.ts';

const PUBLIC = ['/login', '/api/auth/login', '/ready', '/health'];

const problemJson = (status: number, code: string, detail: string) =>
  Response.json(
    { type: `urn:govconnect:problem:${code}`, title: code, status, code, detail },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

/** A state-changing request from another site's page (CSRF) is refused; SameSite=Lax is the first guard. */
function crossSite(request: NextRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (crossSite(request))
    return problemJson(403, 'CROSS_SITE_REQUEST', 'Permintaan dari situs lain ditolak.');
  if (PUBLIC.some((p) => pathname === p)) return NextResponse.next();
  const c = appConfig();
  const claims = verifySessionToken(c.JWT_SECRET, request.cookies.get(SESSION_COOKIE)?.value);
  if (!claims) {
    if (pathname.startsWith('/api/'))
      return problemJson(401, 'UNAUTHENTICATED', 'Sesi Anda berakhir. Silakan masuk kembali.');
    const login = new URL('/login', request.url);
    if (pathname !== '/') login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next();
  if (shouldRefresh(claims, Date.now() / 1000))
    response.cookies.set(
      SESSION_COOKIE,
      signSessionToken(c.JWT_SECRET, claims.sid, claims.sub, c.JWT_TTL_SECONDS),
      cookieOptions(c.cookieSecure, c.SESSION_TTL_HOURS * 3600),
    );
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
