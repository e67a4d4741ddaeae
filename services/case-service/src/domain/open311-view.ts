// A complaint as an Open311 GeoReport v2 service request: public fields only, never the reporter.
import type { ComplaintRow } from '../repositories/complaint.repository.ts';
import { open311Status, open311StatusNotes } from './open311-status.ts';

export function open311Request(c: ComplaintRow, serviceName: string | null) {
  return {
    service_request_id: c.id,
    status: open311Status(c.status),
    status_notes: open311StatusNotes(c.status),
    service_name: serviceName,
    service_code: c.category,
    description: c.description.slice(0, 4000),
    agency_responsible: null,
    service_notice: null,
    requested_datetime: c.createdAt.toISOString(),
    updated_datetime: c.updatedAt.toISOString(),
    expected_datetime: c.resolutionDueAt.toISOString(),
    address: c.address,
    address_id: null,
    zipcode: null,
    lat: c.latitude,
    long: c.longitude,
    media_url: null,
  };
}
