// The /simulator page's server side: a citizen's messages through the WhatsApp simulator's citizen API
// (supporting/wa-simulator), for development and demos. Off in production unless SIMULATOR_URL is set.
import { z } from 'zod';
import { config, simulatorUrl } from '../config.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';

export const DEMO_PHONE_NUMBER_ID = '100000000000001';

export const SimWaId = z.string().regex(/^[1-9]\d{7,14}$/, 'Nomor warga: 8-15 angka, mis. 6281234567890.');
export const SimMessage = z.object({
  waId: SimWaId,
  text: z.string().trim().min(1, 'Tulis pesan.').max(4096),
  name: z.string().trim().min(1).max(100).optional(),
  phoneNumberId: z
    .string()
    .regex(/^\d{5,20}$/, 'phone_number_id berupa angka.')
    .optional(),
});

export interface SimChatMessage {
  wamid: string;
  type: string;
  text: string;
  at: string;
  from: 'citizen' | 'village';
  status?: string;
}

export function simulatorEnabled(): boolean {
  return simulatorUrl(config()) !== null;
}

async function sim<T>(path: string, init: RequestInit = {}): Promise<T> {
  const base = simulatorUrl(config());
  if (!base)
    throw new UpstreamProblem(404, 'SIMULATOR_OFF', 'Simulator tidak tersedia di lingkungan ini.', {});
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { ...init, cache: 'no-store' });
  } catch {
    throw new UpstreamProblem(502, 'SIMULATOR_UNREACHABLE', 'Simulator WhatsApp tidak dapat dihubungi.', {});
  }
  const body = (await res.json().catch(() => ({}))) as T & { detail?: string };
  if (!res.ok)
    throw new UpstreamProblem(
      res.status >= 500 ? 502 : res.status,
      'SIMULATOR_REFUSED',
      `Simulator menolak: ${body.detail ?? res.status}`,
      {},
    );
  return body;
}

export function simulatorChat(waId: string) {
  return sim<SimChatMessage[]>(`/simulator/citizens/${waId}/chat`);
}

export function simulatorSend(input: z.infer<typeof SimMessage>) {
  return sim<{ wamid: string; channelStatus?: number }>(`/simulator/citizens/${input.waId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: input.text,
      ...(input.name ? { name: input.name } : {}),
      phoneNumberId: input.phoneNumberId ?? DEMO_PHONE_NUMBER_ID,
    }),
  });
}
