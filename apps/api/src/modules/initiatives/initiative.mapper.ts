import type { InitiativeDto, InitiativePhase } from '@regiokracht/shared';
import { iso, textArray } from '../commitments/support/sql-values';

export interface InitiativeRow {
  id: string;
  name: string;
  theme: string | null;
  description: string | null;
  phase: InitiativePhase;
  lead_id: string | null;
  lead_name: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface InitiativeOrganisationsRow {
  initiative_id: string;
  organisation_ids: string[] | string;
}

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

export const INITIATIVE_SELECT = `
  SELECT i.id, i.name, i.theme, i.description, i.phase, i.lead_id, p.name AS lead_name,
         i.version, i.created_at, i.updated_at
    FROM initiative i
    LEFT JOIN person p ON p.coalition_id = i.coalition_id AND p.id = i.lead_id`;

/** The live organisations of a whole page of initiatives, in one query. */
export const INITIATIVE_ORGANISATIONS_SQL = `
  SELECT io.initiative_id, array_agg(io.organisation_id::text ORDER BY io.organisation_id) AS organisation_ids
    FROM initiative_organisation io
    JOIN organisation o ON o.coalition_id = io.coalition_id AND o.id = io.organisation_id
   WHERE io.coalition_id = $1 AND io.initiative_id = ANY($2::uuid[]) AND o.deleted_at IS NULL
   GROUP BY io.initiative_id`;
