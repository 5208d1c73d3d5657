import type { ContributionDto } from '@regiokracht/shared';
import { iso, num } from '../commitments/support/sql-values';
import type { ContributionRow } from './contributions.repository';

export function toContributionDto(row: ContributionRow): ContributionDto {
  return {
    id: row.id,
    commitmentId: row.commitment_id,
    deliveredOn: row.delivered_on,
    quantity: num(row.quantity),
    valueEur: num(row.value_eur),
    note: row.note,
    reportedByUserId: row.reported_by_user_id,
    reportedByName: row.reported_by_name,
    reportedByPartner: row.reported_by_partner,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
