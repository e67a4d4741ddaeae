// The browser side of the dashboard's route handlers: JSON in, JSON or the problem's Indonesian reason out.
export type ApiResult<T> =
  { ok: true; body: T } | { ok: false; error: string; body: Record<string, unknown> };

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { ok: false, error: 'Tidak dapat menghubungi server. Periksa koneksi Anda.', body: {} };
  }
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  if (res.ok) return { ok: true, body: body as T };
  const fieldErrors = Array.isArray(body.errors)
    ? (body.errors as { reason?: string }[]).map((e) => e.reason).filter(Boolean)
    : [];
  const reason = typeof body.reason === 'string' ? ` (${body.reason})` : '';
  const detail = typeof body.detail === 'string' ? body.detail : `Gagal (${res.status}).`;
  return { ok: false, error: [detail + reason, ...fieldErrors].join(' '), body };
}

export const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
