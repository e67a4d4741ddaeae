// The body of POST /simulator/faults: what to break on the Graph side and on webhook delivery.
import { z } from 'zod';

export const GraphFault = z.strictObject({
  status: z
    .number()
    .int()
    .min(400)
    .max(599)
    .optional()
    .describe('HTTP status of the failing calls; without it only delayMs applies'),
  code: z.number().int().optional().describe("Meta's error code; a default follows the status"),
  subcode: z.number().int().optional().describe("Meta's error_subcode"),
  count: z.number().int().min(1).default(1).describe('how many next Graph calls fail'),
  delayMs: z.number().int().min(0).max(60_000).optional().describe('delay before every Graph answer'),
});

export const WebhookFault = z.strictObject({
  duplicates: z.number().int().min(0).max(20).optional().describe('deliver each webhook N extra times'),
  delayMs: z.number().int().min(0).max(60_000).optional().describe('delay before each webhook delivery'),
});

export const FaultsBody = z.strictObject({
  graph: GraphFault.optional(),
  webhook: WebhookFault.optional(),
});

export type GraphFault = z.output<typeof GraphFault>;
export type WebhookFault = z.output<typeof WebhookFault>;
