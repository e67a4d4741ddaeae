// POST /api/auth/login {email, password}: sets the session cookie. 401 wrong credentials, 429 rate limited.
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { config } from '../../../../config.ts';
import { cookieOptions, SESSION_COOKIE } from '../../../../server/auth/jwt.ts';
import { login } from '../../../../server/auth/login.ts';
import { loginLimits } from '../../../../server/auth/rate-limit.ts';
import { db } from '../../../../server/db.ts';
import { requestAddress, sessionSettings } from '../../../../server/http/current-user.ts';
import { problem, problemFrom } from '../../../../server/http/problem.ts';

const Body = z.object({ email: z.string().trim().min(3).max(200), password: z.string().min(1).max(200) });

export async function POST(request: Request) {
  try {
    const body = Body.parse(await request.json().catch(() => ({})));
    const c = config();
    const result = await login(
      db(),
      {
        ...sessionSettings(),
        limits: loginLimits(c),
      },
      { ...body, ip: await requestAddress(), userAgent: (await headers()).get('user-agent') },
    );
    if (!result.ok)
      return result.reason === 'blocked'
        ? problem(
            429,
            'TOO_MANY_ATTEMPTS',
            `Terlalu banyak percobaan gagal. Coba lagi dalam ${c.LOGIN_WINDOW_MINUTES} menit.`,
          )
        : problem(401, 'INVALID_CREDENTIALS', 'E-mail atau kata sandi salah.');
    (await cookies()).set(
      SESSION_COOKIE,
      result.token,
      cookieOptions(c.cookieSecure, c.SESSION_TTL_HOURS * 3600),
    );
    return Response.json({ user: result.user });
  } catch (err) {
    return problemFrom(err);
  }
}
