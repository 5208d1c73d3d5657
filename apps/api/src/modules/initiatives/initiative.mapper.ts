import type { InitiativeDto } from '@regiokracht/shared';
import { iso, textArray } from '../commitments/support/sql-values';
import type { InitiativeRow } from './initiatives.repository';

export function toInitiativeDto(
  row: InitiativeRow,
  organisationIds: string[] | string | undefined,
): InitiativeDto {
  return {
    id: row.id,
    name: row.name,
    theme: row.theme,
    description: row.description,
    phase: row.phase,
    leadId: row.lead_id,
    leadName: row.lead_name,
    organisationIds: textArray(organisationIds ?? null),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
