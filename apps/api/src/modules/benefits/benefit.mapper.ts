import type { BenefitDto } from '@regiokracht/shared';
import { iso, num } from '../commitments/support/sql-values';
import type { BenefitRow } from './benefits.repository';

export function toBenefitDto(row: BenefitRow): BenefitDto {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    kind: row.kind,
    quantity: num(row.quantity),
    receivedOn: row.received_on,
    note: row.note,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
