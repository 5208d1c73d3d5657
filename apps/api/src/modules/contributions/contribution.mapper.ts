import type { ContributionDto } from '@regiokracht/shared';
import { dateText, iso, num } from '../commitments/support/sql-values';

export interface ContributionRow {
  id: string;
  commitment_id: string;
  delivered_on: string;
  quantity: string;
  value_eur: string;
  note: string | null;
  reported_by_user_id: string | null;
  reported_by_name: string | null;
  reported_by_partner: boolean;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

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

export const CONTRIBUTION_SELECT = `
  SELECT k.id, k.commitment_id, ${dateText('k.delivered_on', 'delivered_on')}, k.quantity,
         round(k.quantity * c.unit_value_eur, 2) AS value_eur, k.note, k.reported_by_user_id,
         u.name AS reported_by_name, k.reported_by_partner, k.version, k.created_at, k.updated_at
    FROM contribution k
    JOIN commitment c ON c.coalition_id = k.coalition_id AND c.id = k.commitment_id
    LEFT JOIN app_user u ON u.id = k.reported_by_user_id`;
