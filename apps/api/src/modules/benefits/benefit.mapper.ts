import type { BenefitDto, BenefitKind } from '@regiokracht/shared';
import { dateText, iso, num } from '../commitments/support/sql-values';

export interface BenefitRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  kind: BenefitKind;
  quantity: string;
  received_on: string;
  note: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

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

export const BENEFIT_SELECT = `
  SELECT b.id, b.organisation_id, o.name AS organisation_name, b.kind, b.quantity,
         ${dateText('b.received_on', 'received_on')}, b.note, b.version, b.created_at, b.updated_at
    FROM benefit b
    JOIN organisation o ON o.coalition_id = b.coalition_id AND o.id = b.organisation_id`;
