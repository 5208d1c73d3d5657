import type { InteractionDto, InteractionInitiator, InteractionKind } from '@regiokracht/shared';

export interface InteractionRow {
  id: string;
  occurred_at: Date | string;
  kind: InteractionKind;
  initiated_by: InteractionInitiator;
  summary: string | null;
  logged_by_id: string | null;
  logged_by_name: string | null;
  external_id: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Organisation and participant ids of one interaction, fetched for a whole page at once. */
export interface InteractionLinks {
  organisationIds: string[];
  participantIds: string[];
}

export function toInteractionDto(
  row: InteractionRow,
  links: InteractionLinks | undefined,
): InteractionDto {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    kind: row.kind,
    initiatedBy: row.initiated_by,
    summary: row.summary,
    organisationIds: links?.organisationIds ?? [],
    participantIds: links?.participantIds ?? [],
    loggedById: row.logged_by_id,
    loggedByName: row.logged_by_name,
    externalId: row.external_id,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** API field → column, for the scalar fields a create or update may set. */
export const INTERACTION_COLUMNS = {
  occurredAt: 'occurred_at',
  kind: 'kind',
  initiatedBy: 'initiated_by',
  summary: 'summary',
  externalId: 'external_id',
} as const;
