// Graph API errors in Meta's body: { error: { message, type, code, error_subcode?, error_data?, fbtrace_id } },
// with the messages and default codes Meta uses for each HTTP status.
import type { Response } from 'express';
import { fbtraceId } from '../ids.ts';

export interface MetaErrorInput {
  status: number;
  code?: number;
  subcode?: number;
  message?: string;
  details?: string;
}

const KNOWN: Record<number, { message: string; details?: string }> = {
  1: { message: 'An unknown error occurred' },
  2: { message: 'Service temporarily unavailable' },
  4: { message: '(#4) Application request limit reached' },
  100: { message: '(#100) Invalid parameter' },
  190: { message: 'Invalid OAuth access token - Cannot parse access token' },
  80007: { message: '(#80007) Rate limit issues' },
  130429: {
    message: '(#130429) Rate limit hit',
    details: 'Cloud API message throughput has been reached.',
  },
  131000: { message: '(#131000) Something went wrong', details: 'Something went wrong.' },
  131016: { message: '(#131016) Service unavailable', details: 'A service is temporarily unavailable.' },
  131056: {
    message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
    details:
      'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
  },
};

function defaultCode(status: number): number {
  if (status === 401) return 190;
  if (status === 429) return 130429;
  if (status === 503) return 131016;
  if (status >= 500) return 131000;
  return 100;
}

export function metaErrorBody(input: MetaErrorInput) {
  const code = input.code ?? defaultCode(input.status);
  const known = KNOWN[code];
  const details = input.details ?? known?.details;
  return {
    error: {
      message: input.message ?? known?.message ?? `(#${code}) Error`,
      type: 'OAuthException',
      code,
      ...(input.subcode !== undefined ? { error_subcode: input.subcode } : {}),
      ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
      fbtrace_id: fbtraceId(),
    },
  };
}

export function sendMetaError(res: Response, input: MetaErrorInput): void {
  if (input.status === 401) res.setHeader('www-authenticate', 'OAuth "Facebook Platform" "invalid_token"');
  res.status(input.status).json(metaErrorBody(input));
}
