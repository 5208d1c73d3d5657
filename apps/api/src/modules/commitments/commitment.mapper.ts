import type {
  CommitmentDto,
  CommitmentKind,
  CommitmentStatus,
  CommitmentUnit,
} from '@regiokracht/shared';
import { dateText, iso, num } from './support/sql-values';

export interface CommitmentRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  contact_id: string | null;
  contact_name: string | null;
  kind: CommitmentKind;
  description: string | null;
  quantity: string;
  unit: CommitmentUnit;
  unit_value_eur: string;
  pledged_value_eur: string;
  starts_on: string | null;
  ends_on: string | null;
  status: CommitmentStatus;
  initiative_id: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Delivered totals of one commitment, from the contributions (one query for a whole page). */
export interface DeliveryRow {
  commitment_id: string;
  delivered_quantity: string;
  delivered_value_eur: string;
}

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

export const COMMITMENT_COLUMNS = `
  c.id, c.organisation_id, o.name AS organisation_name, c.contact_id, p.name AS contact_name,
  c.kind, c.description, c.quantity, c.unit, c.unit_value_eur,
  round(c.quantity * c.unit_value_eur, 2) AS pledged_value_eur,
  ${dateText('c.starts_on', 'starts_on')}, ${dateText('c.ends_on', 'ends_on')},
  c.status, c.initiative_id, c.version, c.created_at, c.updated_at`;

export const COMMITMENT_FROM = `
  FROM commitment c
  JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id
  LEFT JOIN person p ON p.coalition_id = c.coalition_id AND p.id = c.contact_id`;

export const DELIVERY_SQL = `
  SELECT k.commitment_id, sum(k.quantity) AS delivered_quantity,
         round(sum(k.quantity) * c.unit_value_eur, 2) AS delivered_value_eur
    FROM contribution k
    JOIN commitment c ON c.coalition_id = k.coalition_id AND c.id = k.commitment_id
   WHERE k.coalition_id = $1 AND k.commitment_id = ANY($2::uuid[])
   GROUP BY k.commitment_id, c.unit_value_eur`;
