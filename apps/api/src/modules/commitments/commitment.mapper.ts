import type { CommitmentDto } from '@regiokracht/shared';
import type { CommitmentRow, DeliveryRow } from './commitments.repository';
import { iso, num } from './support/sql-values';

export function toCommitmentDto(
  row: CommitmentRow,
  delivery: DeliveryRow | undefined,
): CommitmentDto {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    kind: row.kind,
    description: row.description,
    quantity: num(row.quantity),
    unit: row.unit,
    unitValueEur: num(row.unit_value_eur),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    initiativeId: row.initiative_id,
    deliveredQuantity: num(delivery?.delivered_quantity),
    pledgedValueEur: num(row.pledged_value_eur),
    deliveredValueEur: num(delivery?.delivered_value_eur),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
