// Open311 POST requests.json: a partner holding an api_key files a complaint into its village.
import { AppError } from '@govconnect/service-kit';
import type { CaseDeps } from '../deps.ts';
import { createComplaint } from './create-complaint.ts';

export interface Open311NewRequest {
  apiKey: string;
  villageId?: string | undefined;
  serviceCode: string;
  description: string;
  address?: string | undefined;
  lat?: number | undefined;
  long?: number | undefined;
  name?: string | undefined;
}

export async function open311CreateRequest(
  deps: CaseDeps,
  keys: ReadonlyMap<string, string>,
  r: Open311NewRequest,
) {
  const keyVillage = keys.get(r.apiKey);
  if (!keyVillage) throw AppError.forbidden('INVALID_API_KEY', 'The api_key is not valid.');
  if (r.villageId && r.villageId !== keyVillage)
    throw AppError.forbidden('WRONG_JURISDICTION', 'This api_key may not file into that jurisdiction.');
  if (!r.address && (r.lat === undefined || r.long === undefined))
    throw AppError.badRequest(
      'LOCATION_REQUIRED',
      'A location is required: lat and long, or address_string.',
    );
  const { complaint } = await createComplaint(deps, {
    villageId: keyVillage,
    reporter: { name: r.name, anonymous: false, confidential: false },
    category: r.serviceCode,
    description: r.description,
    address: r.address,
    location:
      r.lat !== undefined && r.long !== undefined ? { latitude: r.lat, longitude: r.long } : undefined,
    mediaIds: [],
    source: 'open311',
    actor: 'open311:partner',
  });
  return [
    { service_request_id: complaint.complaintId, service_notice: 'Laporan diterima.', account_id: null },
  ];
}
