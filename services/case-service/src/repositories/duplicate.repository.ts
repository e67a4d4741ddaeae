// Finding an open complaint that a new one probably repeats.
import type { Tx } from './tx.ts';

export interface DuplicateProbe {
  villageId: string;
  category: string;
  normalizedAddress: string | null;
  latitude: number | null;
  longitude: number | null;
  since: Date;
  radiusMeters: number;
}

/**
 * The oldest open complaint of the same category since `since`, at the same address (compared
 * without case, spaces or punctuation) or within `radiusMeters` (haversine), if any. A match that is
 * itself a duplicate yields the complaint it duplicates, so links point at the original.
 */
export async function findPossibleDuplicate(tx: Tx, p: DuplicateProbe): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string; possible_duplicate_of: string | null }[]>`
    SELECT id, possible_duplicate_of FROM complaints
    WHERE village_id = ${p.villageId} AND category = ${p.category}
      AND status IN ('RECEIVED', 'VERIFIED', 'IN_PROGRESS') AND created_at >= ${p.since}
      AND (
        (${p.normalizedAddress}::text IS NOT NULL
          AND regexp_replace(lower(address), '[^a-z0-9]+', '', 'g') = ${p.normalizedAddress}::text)
        OR (${p.latitude}::float8 IS NOT NULL AND latitude IS NOT NULL
          AND 2 * 6371000 * asin(sqrt(
            power(sin(radians(latitude - ${p.latitude}::float8) / 2), 2)
            + cos(radians(${p.latitude}::float8)) * cos(radians(latitude))
              * power(sin(radians(longitude - ${p.longitude}::float8) / 2), 2)
          )) <= ${p.radiusMeters}::float8)
      )
    ORDER BY created_at, id LIMIT 1`;
  const hit = rows[0];
  return hit ? (hit.possible_duplicate_of ?? hit.id) : null;
}

export function normalizeAddress(address: string | null | undefined): string | null {
  const n = address?.toLowerCase().replace(/[^a-z0-9]+/g, '') ?? '';
  return n.length >= 4 ? n : null;
}
